using System.ComponentModel;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.Plans;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Strategy;

/// <summary>Money for competence development: an EU ESF+ project, a national grant or the city's own budget.</summary>
public sealed class FundingSource : Entity
{
    public required LocalizedText Name { get; set; }
    public FundingSourceKind Kind { get; set; }
    public string? Programme { get; set; }
    public string? ProjectCode { get; set; }
    public FundingSourceStatus Status { get; set; }
    public decimal? AppliedAmount { get; set; }
    public decimal? GrantedAmount { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public List<MappingCampaign> MappingCampaigns { get; set; } = [];
    public List<TrainingEvent> TrainingEvents { get; set; } = [];
    public List<PlanActivity> PlanActivities { get; set; } = [];
}

[Description("Where money for competence development comes from.")]
public enum FundingSourceKind
{
    [Description("The European Social Fund Plus (ESF+).")]
    EuEsfPlus,

    [Description("A national grant.")]
    National,

    [Description("The city's own budget.")]
    OwnBudget,
}

[Description("Where a funding source is, from investigation to decision.")]
public enum FundingSourceStatus
{
    [Description("The city is investigating whether to apply.")]
    Investigating,

    [Description("Applied for; waiting for a decision.")]
    Applied,

    [Description("Granted.")]
    Granted,

    [Description("Rejected.")]
    Rejected,
}
