using System.ComponentModel;
using Kompetens.Api.Data;

namespace Kompetens.Api.GraphQL;

[Description("A text in the city's languages; Swedish is required.")]
public sealed class LocalizedTextInput
{
    [Description("The text in Swedish.")]
    public required string Sv { get; init; }

    [Description("The text in Finnish.")]
    public string? Fi { get; init; }

    [Description("The text in English.")]
    public string? En { get; init; }

    /// <summary>The text to store.</summary>
    public LocalizedText ToText() => new() { Sv = Sv, Fi = Fi, En = En };
}
