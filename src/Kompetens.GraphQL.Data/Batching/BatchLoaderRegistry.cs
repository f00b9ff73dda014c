using System.Collections.Concurrent;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Batching;

/// <summary>The batch loaders of one request (register as scoped), so that N parents cost one query per field.</summary>
public sealed class BatchLoaderRegistry
{
    private readonly ConcurrentDictionary<object, object> loaders = new();

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(object identity, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
        => (BatchLoader<TKey, TValue>)loaders.GetOrAdd(identity, _ => create());
}

public static class BatchLoaderContextExtensions
{
    /// <summary>The request's loader named by <paramref name="identity"/> (typically a field definition).</summary>
    public static BatchLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolveFieldContext context, object identity, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
        => context.RequestServices!.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(identity, create);
}
