using Kompetens.GraphQL.Data.Batching;

namespace Kompetens.GraphQL.Data.Tests;

public sealed class BatchLoaderTests
{
    private readonly List<IReadOnlyCollection<int>> fetches = [];

    private BatchLoader<int, string> Loader() => new((keys, _) =>
    {
        fetches.Add([.. keys]);
        return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k > 0).ToDictionary(k => k, k => $"value {k}"));
    });

    [Fact]
    public async Task Keys_requested_before_the_first_await_are_fetched_together()
    {
        var loader = Loader();
        var results = new[] { 1, 2, 3, 2 }.Select(k => loader.Load(k, "missing")).ToList();

        var values = new List<string>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        Assert.Equal(["value 1", "value 2", "value 3", "value 2"], values);
        Assert.Single(fetches);
        Assert.Equal([1, 2, 3], fetches[0].Order());
    }

    [Fact]
    public async Task Keys_not_found_get_the_fallback()
    {
        var loader = Loader();

        Assert.Equal("missing", await loader.Load(-1, "missing").GetResultAsync());
    }

    [Fact]
    public async Task Loaded_keys_are_served_from_the_request_cache_and_new_keys_start_a_new_batch()
    {
        var loader = Loader();
        await loader.Load(1, "missing").GetResultAsync();

        var again = loader.Load(1, "missing");
        var other = loader.Load(4, "missing");

        Assert.Equal("value 1", await again.GetResultAsync());
        Assert.Equal("value 4", await other.GetResultAsync());
        Assert.Equal(2, fetches.Count);
        Assert.Equal([4], fetches[1]);
    }
}
