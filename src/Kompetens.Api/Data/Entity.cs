namespace Kompetens.Api.Data;

/// <summary>Base of every stored entity: a UUIDv7 key (time-ordered, index friendly) and audit timestamps.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Set by <see cref="TimestampInterceptor"/> when the row is first saved.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by <see cref="TimestampInterceptor"/> whenever the row is saved.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
