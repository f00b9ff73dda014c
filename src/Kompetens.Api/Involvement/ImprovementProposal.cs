using System.ComponentModel;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Involvement;

/// <summary>
/// An improvement proposal (förbättringsförslag): an employee's idea for developing the work of a unit — the policy's
/// participation in analysing problems and development work — and how the unit's manager handled it.
/// </summary>
public sealed class ImprovementProposal : Entity
{
    public Guid ProposerId { get; set; }
    public Employee Proposer { get; set; } = null!;

    /// <summary>The unit the proposal concerns; the proposer's own unit unless she names another.</summary>
    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;
    public required string Title { get; set; }
    public required string Description { get; set; }
    public Guid? CompetenceId { get; set; }
    public Competence? Competence { get; set; }
    public Guid? StrategyItemId { get; set; }
    public StrategyItem? StrategyItem { get; set; }
    public ImprovementProposalStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The manager (or HR person) who took the last handling step: review, decision or implementation.</summary>
    public Guid? HandledById { get; set; }
    public Employee? HandledBy { get; set; }

    /// <summary>When it was accepted or rejected.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The manager's answer to the proposer when accepting or rejecting.</summary>
    public string? Response { get; set; }
    public DateTimeOffset? ImplementedAt { get; set; }
}

[Description("Where an improvement proposal is in its handling.")]
public enum ImprovementProposalStatus
{
    [Description("Submitted by the employee; the unit's manager has not taken it up yet. The proposer may still withdraw it.")]
    Submitted,

    [Description("The unit's manager is looking into it, for example at a workplace meeting.")]
    UnderReview,

    [Description("Accepted by the manager, with an answer; to be carried out.")]
    Accepted,

    [Description("Not taken forward; the manager's answer says why.")]
    Rejected,

    [Description("Carried out at the unit.")]
    Implemented,

    [Description("Withdrawn by the proposer before anyone took it up.")]
    Withdrawn,
}
