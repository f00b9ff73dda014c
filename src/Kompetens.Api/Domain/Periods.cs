namespace Kompetens.Api.Domain;

/// <summary>A period given as a first and a last day, either of which may be open.</summary>
public static class Periods
{
    /// <summary>Refuses with <c>INVALID_INPUT</c> on <paramref name="field"/> a period whose last day is before its first.</summary>
    public static void MustNotEndBeforeStart(DateOnly? first, DateOnly? last, string field)
    {
        if (first is { } start && last is { } end && end < start)
        {
            throw new InvalidInputError(field, $"The period must not end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        }
    }
}
