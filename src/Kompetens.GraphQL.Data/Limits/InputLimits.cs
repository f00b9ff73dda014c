namespace Kompetens.GraphQL.Data.Limits;

/// <summary>
/// Bounds on the <c>where</c> and <c>order</c> values of one request, checked before any query expression is built.
/// Values arrive in variables, which neither the document's length nor its estimated cost sees, and a filter of
/// thousands of conditions makes a query expression deep enough to overflow the stack while it is translated.
/// </summary>
public sealed record InputLimits
{
    public static InputLimits Default { get; } = new();

    /// <summary>Conditions in all <c>where</c> arguments of a request together: every field given a value, at every level (<c>FILTER_TOO_COMPLEX</c>).</summary>
    public int MaxFilterNodes { get; init; } = 100;

    /// <summary>How deep input objects nest in one <c>where</c> or <c>order</c> value; the argument's own object is level 1 (<c>FILTER_TOO_DEEP</c>, <c>SORT_TOO_DEEP</c>).</summary>
    public int MaxDepth { get; init; } = 10;

    /// <summary>Items in one <c>and</c> or <c>or</c> list (<c>LIST_TOO_LONG</c>).</summary>
    public int MaxConditionItems { get; init; } = 20;

    /// <summary>Values in one <c>in</c> or <c>nin</c> list; one SQL array parameter, so it may be long (<c>LIST_TOO_LONG</c>).</summary>
    public int MaxValueItems { get; init; } = 1000;

    /// <summary>Sort keys in one <c>order</c> argument, counting every direction given at any level (<c>SORT_TOO_MANY_KEYS</c>).</summary>
    public int MaxSortKeys { get; init; } = 10;
}
