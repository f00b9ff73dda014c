using System.ComponentModel;

namespace Kompetens.Api.Audit;

/// <summary>
/// One change made through the API: who (an employee or an app), what, which record, when. Append-only: the
/// database refuses updates and deletes of these rows.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary><c>employee:E10042</c>, <c>app:{client id}</c> or <c>user:{object id}</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>The GraphQL operation (mutation field) that made the change.</summary>
    public string? Operation { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The changed properties as JSON: <c>{"status": {"from": "Draft", "to": "Submitted"}}</c>.</summary>
    public string? Changes { get; set; }
}

[Description("What happened to a record.")]
public enum AuditAction
{
    [Description("The record was created.")]
    Created,

    [Description("The record was changed.")]
    Updated,

    [Description("The record was deleted.")]
    Deleted,
}
