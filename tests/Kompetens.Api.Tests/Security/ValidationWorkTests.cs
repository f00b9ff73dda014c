using System.Diagnostics;
using System.Net;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Security;

/// <summary>Nested fragment spreads double the work of validation at each level; that work is bounded.</summary>
public sealed class FragmentExpansionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>About 1,080 characters that stand for 2^27 spreads of <c>__typename</c>.</summary>
    public static string FragmentBomb(int levels) =>
        "query { ...F0 } " + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{levels} on Query {{ __typename }}";

    [Fact]
    public async Task A_document_of_nested_fragment_spreads_is_refused_at_once_with_a_code()
    {
        var document = FragmentBomb(27);
        var watch = Stopwatch.StartNew();

        var result = await api.GraphQL().PostAsync(document);

        Assert.InRange(document.Length, 1_000, 1_200);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("MAX_FRAGMENT_EXPANSION", result.FirstErrorCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal("Query", (await api.GraphQL().QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fragments_that_expand_to_a_reasonable_selection_still_run()
    {
        var data = await api.GraphQL().QueryAsync(FragmentBomb(8));

        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
    }
}

/// <summary>With the expansion limit out of the way, the validation timeout still stops the work.</summary>
public sealed class ValidationTimeoutTests(ValidationTimeoutTests.Factory api) : IClassFixture<ValidationTimeoutTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["GraphQL:MaxFragmentExpansion"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:ValidationTimeout"] = "00:00:01",
            ["GraphQL:MaxComplexity"] = "10000000",
        };
    }

    [Fact]
    public async Task Validation_running_past_its_timeout_is_stopped_with_a_code()
    {
        var watch = Stopwatch.StartNew();

        var result = await api.GraphQL().PostAsync(FragmentExpansionTests.FragmentBomb(27));

        Assert.Equal("VALIDATION_TIMEOUT", result.FirstErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
