using Kompetens.Api.Domain;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.GraphQL.Mutations;

/// <summary>Reads the global IDs in mutation inputs.</summary>
public static class GlobalIds
{
    /// <summary>The key in <paramref name="id"/>, which must name <paramref name="typeName"/>.</summary>
    public static Guid Key(string id, string typeName, string field) =>
        GlobalId.TryParse(id, out var type, out var key) && type == typeName
            ? key
            : throw new InvalidInputError(field, $"'{id}' is not a {typeName} ID.");

    /// <summary>The most ids one list of a mutation input may hold (the units of a campaign, a plan's strategy goals).</summary>
    public const int MaxListIds = 200;

    /// <summary>
    /// The keys of a list of ids, each naming <paramref name="typeName"/>; a list longer than <see cref="MaxListIds"/> is
    /// refused before anything reaches the database.
    /// </summary>
    public static List<Guid> Keys(IReadOnlyList<string> ids, string typeName, string field) =>
        ids.Count <= MaxListIds
            ? [.. ids.Select(id => Key(id, typeName, field))]
            : throw new InvalidInputError(field, $"At most {MaxListIds} ids in one list; {ids.Count} were sent.");

    public static Guid? OptionalKey(string? id, string typeName, string field) =>
        id is null ? null : Key(id, typeName, field);

    /// <summary>
    /// The person in <paramref name="id"/>: an <c>Employee</c> id, or the <c>Colleague</c> id under which a colleague sees
    /// the same person (both name a row of <c>employees</c>) — so that a colleague can act on what she can see.
    /// </summary>
    public static Guid? OptionalPersonKey(string? id, string field) =>
        id is null ? null
        : GlobalId.TryParse(id, out var type, out var key) && type is "Employee" or "Colleague" ? key
        : throw new InvalidInputError(field, $"'{id}' is not an Employee or Colleague ID.");
}
