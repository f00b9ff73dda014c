using System.ComponentModel.DataAnnotations;

namespace Kompetens.Api.Security;

/// <summary>
/// The one rule for figures about people: a figure that describes fewer people than the minimum group size could
/// be read back to who they are, so it is suppressed. Groups are always counted in distinct people, never in
/// enrolments, assessments or other rows a person may have several of.
/// </summary>
public static class SmallGroups
{
    /// <summary>The default minimum group size (DESIGN §4); the running service reads <see cref="SmallGroupOptions"/>.</summary>
    public const int MinimumSize = 5;

    /// <summary>
    /// SQL that is true when a count of <paramref name="people"/> out of a group of <paramref name="groupSize"/>
    /// people may be published: the group has at least <paramref name="minimum"/> people, and the count and its
    /// complement (the rest of the group, which the count and the group size reveal) are each zero or at least that.
    /// </summary>
    public static string MayPublishSql(string people, string groupSize, string minimum) =>
        $"({groupSize} >= {minimum} AND ({people} = 0 OR {people} >= {minimum}) AND ({groupSize} - {people} = 0 OR {groupSize} - {people} >= {minimum}))";
}

/// <summary>The minimum group size setting (<c>SmallGroups__MinimumSize</c>).</summary>
public sealed class SmallGroupOptions
{
    public const string Section = "SmallGroups";

    /// <summary>Fewer people than this in a figure and it is suppressed (at least 2: a group of one is a person).</summary>
    [Range(2, 1000)]
    public int MinimumSize { get; set; } = SmallGroups.MinimumSize;
}
