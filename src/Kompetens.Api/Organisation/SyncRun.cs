using System.ComponentModel;
using Kompetens.Api.Data;

namespace Kompetens.Api.Organisation;

/// <summary>One batch of organisation and employee data pushed by the payroll system, with its outcome.</summary>
public sealed class SyncRun : Entity
{
    public required string Source { get; set; }
    public SyncMode Mode { get; set; }
    public SyncRunStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Received { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
}

[Description("What a payroll batch contains.")]
public enum SyncMode
{
    [Description("Every record; records missing from the batch are not deleted but reported.")]
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
