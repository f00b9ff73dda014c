namespace Kompetens.GraphQL.Data.Errors;

/// <summary>The stable <c>extensions.code</c> values the data conventions report. Clients may branch on them.</summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c>/<c>last</c> above the field's maximum page size, or negative.</summary>
    public const string PageSizeInvalid = "PAGING_PAGE_SIZE_INVALID";

    /// <summary>An <c>after</c>/<c>before</c> cursor that this server did not issue for this list.</summary>
    public const string CursorInvalid = "PAGING_CURSOR_INVALID";

    /// <summary><c>first</c> and <c>last</c> given together.</summary>
    public const string PagingArgumentsConflict = "PAGING_ARGUMENTS_CONFLICT";

    /// <summary>An <c>ID</c> that is not a global ID issued by this server, or names another type than expected.</summary>
    public const string IdInvalid = "ID_INVALID";

    /// <summary>A filter or search value the database cannot compare, such as text with a NUL character.</summary>
    public const string FilterValueInvalid = "FILTER_VALUE_INVALID";

    /// <summary><c>nodes(ids:)</c> with more ids than the batch limit allows.</summary>
    public const string NodeBatchTooLarge = "NODE_BATCH_TOO_LARGE";

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
