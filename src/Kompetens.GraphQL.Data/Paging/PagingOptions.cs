namespace Kompetens.GraphQL.Data.Paging;

/// <summary>Page sizes of one list field. Asking for more than <see cref="MaxPageSize"/> is an error, never a silent cut.</summary>
public sealed record PagingOptions
{
    public static PagingOptions Default { get; } = new();

    public int DefaultPageSize { get; init; } = 10;

    public int MaxPageSize { get; init; } = 100;
}
