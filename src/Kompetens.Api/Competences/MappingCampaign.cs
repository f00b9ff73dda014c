using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Competences;

/// <summary>A competence mapping (kompetenskartläggning): a period in which the staff of some units assess their competence.</summary>
public sealed class MappingCampaign : Entity
{
    public required LocalizedText Name { get; set; }
    public LocalizedText? Description { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public MappingCampaignStatus Status { get; set; }
    public Guid? FundingSourceId { get; set; }
    public FundingSource? FundingSource { get; set; }

    /// <summary>The units in scope; their subunits are included.</summary>
    public List<OrganisationUnit> Units { get; set; } = [];

    /// <summary>The competences the campaign covers; none means every competence.</summary>
    public List<Competence> Competences { get; set; } = [];
    public List<CompetenceAssessment> Assessments { get; set; } = [];
}

[Description("Where a competence mapping is in its life.")]
public enum MappingCampaignStatus
{
    [Description("Announced; assessments cannot be made yet.")]
    Planned,

    [Description("Employees and managers can assess.")]
    Open,

    [Description("Finished; its assessments are kept.")]
    Closed,
}
