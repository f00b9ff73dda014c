namespace Kompetens.GraphQL.Data.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values the data conventions report. Clients may branch on them. Where
/// HotChocolate has a code for the same refusal (its <c>ErrorCodes.Paging</c> and <c>ErrorCodes.Execution</c>), the
/// code is HotChocolate's, so clients written against HotChocolate keep working; the message stays ours.
/// </summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c>/<c>last</c>/<c>take</c> above the field's maximum page size (HotChocolate's <c>MaxPaginationItems</c>).</summary>
    public const string PageSizeTooLarge = "HC0051";

    /// <summary><c>first</c>/<c>last</c>/<c>take</c>/<c>skip</c> below zero (HotChocolate's <c>MinPaginationItems</c>).</summary>
    public const string PageSizeNegative = "HC0079";

    /// <summary>Neither <c>first</c> nor <c>last</c> (or no <c>take</c>) on a list that requires a boundary (HotChocolate's <c>NoPagingBoundaries</c>).</summary>
    public const string NoPagingBoundaries = "HC0052";

    /// <summary>An <c>after</c>/<c>before</c> cursor that this server did not issue for this list (HotChocolate's <c>InvalidCursor</c>).</summary>
    public const string CursorInvalid = "HC0078";

    /// <summary><c>first</c> and <c>last</c> given together.</summary>
    public const string PagingArgumentsConflict = "PAGING_ARGUMENTS_CONFLICT";

    /// <summary>An <c>ID</c> that is not a global ID issued by this server, or names another type than expected.</summary>
    public const string IdInvalid = "ID_INVALID";

    /// <summary>A filter or search value the database cannot compare, such as text with a NUL character.</summary>
    public const string FilterValueInvalid = "FILTER_VALUE_INVALID";

    /// <summary><c>nodes(ids:)</c> with more ids than the batch limit allows (HotChocolate's <c>FetchedToManyNodesAtOnce</c>).</summary>
    public const string NodeBatchTooLarge = "HC0076";

    /// <summary>The request's <c>where</c> arguments together have more conditions than allowed.</summary>
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";

    /// <summary>A <c>where</c> value nests input objects deeper than allowed.</summary>
    public const string FilterTooDeep = "FILTER_TOO_DEEP";

    /// <summary>An <c>and</c>, <c>or</c>, <c>in</c> or <c>nin</c> list with more items than allowed.</summary>
    public const string ListTooLong = "LIST_TOO_LONG";

    /// <summary>An <c>order</c> argument with more sort keys than allowed.</summary>
    public const string SortTooManyKeys = "SORT_TOO_MANY_KEYS";

    /// <summary>An <c>order</c> value nests input objects deeper than allowed.</summary>
    public const string SortTooDeep = "SORT_TOO_DEEP";
}
