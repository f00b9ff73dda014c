namespace Kompetens.Api.Data;

/// <summary>
/// A text a person reads, in the city's languages: Swedish (the city's main language), Finnish and English.
/// Stored as three columns (<c>name_sv</c>, <c>name_fi</c>, <c>name_en</c>) so that filters and sorting stay SQL.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>The city's languages, as the language codes the API uses everywhere (texts, preferences, events).</summary>
    public static readonly IReadOnlyList<string> Languages = ["sv", "fi", "en"];

    public required string Sv { get; init; }
    public string? Fi { get; init; }
    public string? En { get; init; }

    /// <summary>The text in <paramref name="language"/>, falling back to Swedish.</summary>
    public string In(string? language) => language switch
    {
        "fi" => Fi ?? Sv,
        "en" => En ?? Sv,
        _ => Sv,
    };
}
