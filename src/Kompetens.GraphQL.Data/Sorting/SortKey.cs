using System.Linq.Expressions;

namespace Kompetens.GraphQL.Data.Sorting;

/// <summary>One key of a list's order. A list's order always ends with a unique key, so cursors are stable.</summary>
public sealed class SortKey<T>
{
    public SortKey(LambdaExpression selector, bool descending)
    {
        Selector = selector;
        Descending = descending;
    }

    public LambdaExpression Selector { get; }

    public bool Descending { get; }

    public Type ValueType => Selector.ReturnType;
}
