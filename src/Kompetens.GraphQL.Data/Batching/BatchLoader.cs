using GraphQL.DataLoader;

namespace Kompetens.GraphQL.Data.Batching;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the result, then fetches them all
/// in one call when the executor first awaits a result. Values are cached for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch = fetch;
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TValue> loaded = [];
    private Batch? pending;

    /// <summary>A deferred result for <paramref name="key"/>; <paramref name="fallback"/> when the fetch did not return it.</summary>
    public IDataLoaderResult<TValue> Load(TKey key, TValue fallback)
    {
        lock (gate)
        {
            if (loaded.TryGetValue(key, out var value))
            {
                return new Completed(value);
            }

            pending ??= new Batch(this);
            pending.Keys.Add(key);
            return new Result(pending, key, fallback);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task? running;

        public HashSet<TKey> Keys { get; } = [];

        public Task RunAsync(CancellationToken cancellationToken)
        {
            lock (owner.gate)
            {
                if (running is null)
                {
                    // Later Load calls start a new batch; this one is closed.
                    if (owner.pending == this)
                    {
                        owner.pending = null;
                    }

                    running = FetchAsync(cancellationToken);
                }

                return running;
            }
        }

        public TValue Get(TKey key, TValue fallback)
        {
            lock (owner.gate)
            {
                return owner.loaded.TryGetValue(key, out var value) ? value : fallback;
            }
        }

        private async Task FetchAsync(CancellationToken cancellationToken)
        {
            var values = await owner.fetch(Keys, cancellationToken);
            lock (owner.gate)
            {
                foreach (var (key, value) in values)
                {
                    owner.loaded[key] = value;
                }
            }
        }
    }

    private sealed class Completed(TValue value) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Result(Batch batch, TKey key, TValue fallback) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await batch.RunAsync(cancellationToken);
            return batch.Get(key, fallback);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
