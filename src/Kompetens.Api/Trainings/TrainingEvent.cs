using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Trainings;

/// <summary>One run of a training (utbildningstillfälle): when, where, how many places, what it costs and who pays.</summary>
public sealed class TrainingEvent : Entity
{
    public Guid TrainingId { get; set; }
    public Training Training { get; set; } = null!;
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Location { get; set; }
    public int Capacity { get; set; }
    public decimal Cost { get; set; }
    public Guid? FundingSourceId { get; set; }
    public FundingSource? FundingSource { get; set; }
    public TrainingEventStatus Status { get; set; }
    public List<Enrolment> Enrolments { get; set; } = [];
}

[Description("Whether a training event takes place.")]
public enum TrainingEventStatus
{
    [Description("Planned to take place.")]
    Scheduled,

    [Description("Will not take place.")]
    Cancelled,

    [Description("Has taken place.")]
    Completed,
}
