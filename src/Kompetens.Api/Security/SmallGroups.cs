namespace Kompetens.Api.Security;

/// <summary>The one rule for counts about people: groups smaller than this show only their size.</summary>
public static class SmallGroups
{
    /// <summary>Below this many people, who is behind a figure could be read out of it (DESIGN §4, default 5).</summary>
    public const int MinimumSize = 5;
}
