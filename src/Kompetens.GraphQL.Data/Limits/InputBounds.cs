using System.Collections;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Errors;

namespace Kompetens.GraphQL.Data.Limits;

/// <summary>Why a <c>where</c> or <c>order</c> value was refused: a code from <see cref="DataErrorCodes"/> and a message that names the limit.</summary>
public sealed record InputRefusal(string Code, string Message);

/// <summary>Which bounded input an input object type is the root of.</summary>
public enum BoundedInput
{
    Filter,
    Sort,
}

/// <summary>
/// Measures <c>where</c> and <c>order</c> values against <see cref="InputLimits"/>. The walk keeps its own stack,
/// so it never recurses however deep or long the value is, and stops at the first bound it finds exceeded.
/// </summary>
public static class InputBounds
{
    private const string KindKey = "data:bounded-input";

    /// <summary>Marks <paramref name="type"/> as the input type of a <c>where</c> or <c>order</c> argument.</summary>
    public static void SetBoundedInput(this IGraphType type, BoundedInput kind) => type.Metadata[KindKey] = kind;

    public static BoundedInput? GetBoundedInput(this IGraphType type) => type.GetMetadata<BoundedInput?>(KindKey);

    /// <summary>The limits registered with the data conventions, or the defaults.</summary>
    public static InputLimits Of(IResolveFieldContext context) =>
        context.RequestServices?.GetService(typeof(InputLimits)) as InputLimits ?? InputLimits.Default;

    /// <summary>Checks a <c>where</c> value; <paramref name="nodes"/> counts the conditions seen so far in the request.</summary>
    public static InputRefusal? Filter(object? where, InputLimits limits, ref int nodes)
    {
        var pending = new Stack<(object? Value, int Depth)>();
        pending.Push((where, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Value is not IDictionary<string, object?> fields)
            {
                continue;
            }

            if (item.Depth > limits.MaxDepth)
            {
                return new(DataErrorCodes.FilterTooDeep, $"A `where` value nests more than {limits.MaxDepth} levels deep.");
            }

            foreach (var (name, value) in fields)
            {
                if (value is null)
                {
                    continue;
                }

                if (++nodes > limits.MaxFilterNodes)
                {
                    return new(DataErrorCodes.FilterTooComplex, $"The request's `where` arguments have more than {limits.MaxFilterNodes} conditions together.");
                }

                switch (name, value)
                {
                    case ("and" or "or", IEnumerable items and not string):
                        if (IsLonger(items, limits.MaxConditionItems))
                        {
                            return new(DataErrorCodes.ListTooLong, $"An `{name}` list has more than {limits.MaxConditionItems} items.");
                        }

                        foreach (var condition in items)
                        {
                            pending.Push((condition, item.Depth + 1));
                        }

                        break;
                    case ("in" or "nin", IEnumerable values and not string):
                        if (IsLonger(values, limits.MaxValueItems))
                        {
                            return new(DataErrorCodes.ListTooLong, $"An `{name}` list has more than {limits.MaxValueItems} values.");
                        }

                        break;
                    default:
                        pending.Push((value, item.Depth + 1));
                        break;
                }
            }
        }

        return null;
    }

    /// <summary>Checks an <c>order</c> value: its keys, however they are spread over the list's items, and their nesting.</summary>
    public static InputRefusal? Sort(object? order, InputLimits limits)
    {
        if (order is not IEnumerable items || order is string)
        {
            return null;
        }

        if (IsLonger(items, limits.MaxSortKeys))
        {
            return TooManyKeys(limits);
        }

        var keys = 0;
        var pending = new Stack<(object? Value, int Depth)>();
        foreach (var item in items)
        {
            pending.Push((item, 1));
        }

        while (pending.TryPop(out var item))
        {
            if (item.Value is not IDictionary<string, object?> fields)
            {
                continue;
            }

            if (item.Depth > limits.MaxDepth)
            {
                return new(DataErrorCodes.SortTooDeep, $"An `order` value nests more than {limits.MaxDepth} levels deep.");
            }

            foreach (var (_, value) in fields)
            {
                if (value is IDictionary<string, object?>)
                {
                    pending.Push((value, item.Depth + 1));
                }
                else if (value is not null && ++keys > limits.MaxSortKeys)
                {
                    return TooManyKeys(limits);
                }
            }
        }

        return null;
    }

    /// <summary>Throws the refusal as a coded error, for checks made while a field resolves.</summary>
    public static void ThrowIfRefused(InputRefusal? refusal)
    {
        if (refusal is not null)
        {
            throw new ExecutionError(refusal.Message) { Code = refusal.Code };
        }
    }

    private static InputRefusal TooManyKeys(InputLimits limits) =>
        new(DataErrorCodes.SortTooManyKeys, $"An `order` argument has more than {limits.MaxSortKeys} sort keys.");

    /// <summary>True when the list has more than <paramref name="max"/> items; stops counting there.</summary>
    private static bool IsLonger(IEnumerable items, int max)
    {
        if (items is ICollection collection)
        {
            return collection.Count > max;
        }

        var count = 0;
        foreach (var _ in items)
        {
            if (++count > max)
            {
                return true;
            }
        }

        return false;
    }
}
