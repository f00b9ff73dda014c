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

public enum SyncMode { Full, Delta }

public enum SyncRunStatus { Running, Succeeded, PartiallySucceeded, Failed }
