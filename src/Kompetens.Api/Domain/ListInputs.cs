namespace Kompetens.Api.Domain;

/// <summary>
/// A list of ids in an input (a plan's strategy goals, a team's units, a campaign's units) is all or nothing: an id
/// that names no record the caller may see refuses the whole input, naming the id and the field, rather than being
/// dropped in silence.
/// </summary>
public static class ListInputs
{
    /// <summary>
    /// Refuses with <c>INVALID_INPUT</c> (the field, and the first id that names nothing) unless every key in
    /// <paramref name="keys"/> is in <paramref name="found"/>. <paramref name="given"/> holds the ids as the client
    /// sent them, in the order of <paramref name="keys"/>.
    /// </summary>
    public static void RequireAll(IReadOnlyList<string> given, IReadOnlyList<Guid> keys, IEnumerable<Guid> found, string field, string what)
    {
        var known = found.ToHashSet();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!known.Contains(keys[i]))
            {
                throw new InvalidInputError(field, $"No {what} with id '{given[i]}' that you may see; nothing was saved.");
            }
        }
    }
}
