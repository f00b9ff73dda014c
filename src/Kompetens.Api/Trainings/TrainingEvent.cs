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

    /// <summary>The language the event is taught in: sv, fi or en.</summary>
    public string Language { get; set; } = "sv";
    public int Capacity { get; set; }
    public decimal Cost { get; set; }
    public Guid? FundingSourceId { get; set; }
    public FundingSource? FundingSource { get; set; }
    public TrainingEventStatus Status { get; set; }
    public List<Enrolment> Enrolments { get; set; } = [];

    /// <summary>Whether the event has begun by <paramref name="now"/>: it then takes no new requests, and attendance can be recorded.</summary>
    public bool HasStarted(DateTimeOffset now) => StartsAt <= now;

    /// <summary>Whether the event has taken place by <paramref name="today"/> (its last day has come): only then can it be completed.</summary>
    public bool HasTakenPlace(DateOnly today) => DateOnly.FromDateTime(EndsAt.UtcDateTime) <= today;
}

[Description("Whether a training event takes place.")]
public enum TrainingEventStatus
{
    [Description("Planned to take place.")]
    Scheduled,

    [Description("Will not take place.")]
    Cancelled,

    [Description("Has taken place; the participants' completions are recorded.")]
    Completed,

    [Description("Has started (attendance is being recorded); takes no new enrolment requests.")]
    InProgress,
}
