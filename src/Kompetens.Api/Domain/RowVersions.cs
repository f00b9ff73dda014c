namespace Kompetens.Api.Domain;

/// <summary>
/// Workflow rows carry a row version (PostgreSQL's <c>xmin</c>, mapped with <c>IsRowVersion()</c>): a save checks the
/// version it read, so two concurrent steps on one row cannot both win. The loser's save throws
/// <c>DbUpdateConcurrencyException</c>, which every mutation answers as <c>CONCURRENT_CHANGE</c>.
/// </summary>
public static class RowVersions
{
    /// <summary>The shadow property that maps the row version, for rows whose GraphQL type does not expose it.</summary>
    public const string Property = "Version";
}
