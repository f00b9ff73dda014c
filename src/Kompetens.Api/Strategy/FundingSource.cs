using Kompetens.Api.Data;

namespace Kompetens.Api.Strategy;

/// <summary>Money for competence development: an EU ESF+ project, a national grant or the city's own budget.</summary>
public sealed class FundingSource : Entity
{
    public required string Name { get; set; }
    public FundingSourceKind Kind { get; set; }
    public string? Programme { get; set; }
    public string? ProjectCode { get; set; }
    public FundingSourceStatus Status { get; set; }
    public decimal? AppliedAmount { get; set; }
    public decimal? GrantedAmount { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

public enum FundingSourceKind { EuEsfPlus, National, OwnBudget }

public enum FundingSourceStatus { Investigating, Applied, Granted, Rejected }
