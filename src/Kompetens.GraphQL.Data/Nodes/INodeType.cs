using GraphQL;
using GraphQL.DataLoader;

namespace Kompetens.GraphQL.Data.Nodes;

/// <summary>An object type whose objects can be fetched by key, batched per request.</summary>
public interface INodeType
{
    string Name { get; }

    /// <summary>The lambda that reads an object's key.</summary>
    System.Linq.Expressions.LambdaExpression KeyExpression { get; }

    /// <summary>The object with key <paramref name="id"/>, or null when it does not exist or the caller may not see it.</summary>
    IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, Guid id);
}
