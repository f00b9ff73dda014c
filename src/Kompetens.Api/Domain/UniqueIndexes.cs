using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Domain;

/// <summary>
/// A check in code ("is there already one?") cannot stop two concurrent requests that both find none; the database's
/// unique index does. This tells a save that lost such a race on one named index from every other failure.
/// </summary>
public static class UniqueIndexes
{
    /// <summary>True when the save broke the unique index or exclusion constraint <paramref name="indexName"/> (and no other constraint).</summary>
    public static bool Violated(this DbUpdateException error, string indexName) =>
        error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ExclusionViolation } database
        && database.ConstraintName == indexName;
}
