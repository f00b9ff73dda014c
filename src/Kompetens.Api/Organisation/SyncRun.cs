using System.ComponentModel;
using Kompetens.Api.Data;

namespace Kompetens.Api.Organisation;

/// <summary>One batch of organisation and employee data pushed by the payroll system, with its outcome.</summary>
public sealed class SyncRun : Entity
{
    public required string Source { get; set; }

    /// <summary>The sender's id of the batch; unique per source, so that a resent batch is recognised.</summary>
    public string? BatchId { get; set; }

    /// <summary>What the batch holds: units or employees.</summary>
    public SyncSubject Subject { get; set; }
    public SyncMode Mode { get; set; }
    public SyncRunStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Received { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }

    /// <summary>Units closed (full unit sync) by the run.</summary>
    public int Closed { get; set; }

    /// <summary>Employees whose last current employment the run ended.</summary>
    public int Terminated { get; set; }

    /// <summary>The rejected records (JSON), returned again when the batch is resent.</summary>
    public string? Rejections { get; set; }
}

[Description("What a payroll batch holds.")]
public enum SyncSubject
{
    [Description("Organisation units.")]
    OrganisationUnits,

    [Description("Employees and their employments.")]
    Employees,
}

[Description("What a payroll batch contains.")]
public enum SyncMode
{
    [Description("Every record; units missing from the batch are closed and employments missing from it are ended (nothing is deleted).")]
    Full,

    [Description("Only records changed since the last run.")]
    Delta,
}

[Description("How a payroll sync run ended.")]
public enum SyncRunStatus
{
    [Description("The run has not finished.")]
    Running,

    [Description("Every record was accepted.")]
    Succeeded,

    [Description("Some records were refused; the rest were saved.")]
    PartiallySucceeded,

    [Description("Nothing was saved.")]
    Failed,
}
