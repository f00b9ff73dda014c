using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Kompetens.Api.Data;

/// <summary>
/// The SQL function <c>search_text(text[])</c> that the initial migration creates: the texts lower-cased, without
/// accents (<c>unaccent</c>) and joined with line breaks. It is immutable, so an index can be built over it: the
/// people list has a trigram (<c>pg_trgm</c>) index over <c>search_text</c> of exactly the texts GraphQL/TextSearch
/// searches in.
/// </summary>
public static class SearchText
{
    /// <summary>Translated to <c>search_text(ARRAY[...])</c>; only meaningful inside a query.</summary>
    public static string Of(string?[] texts) => throw new InvalidOperationException("search_text runs in PostgreSQL only.");

    internal static void Map(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(SearchText).GetMethod(nameof(Of))!)
            .HasTranslation(args => new SqlFunctionExpression("search_text", args, nullable: false, argumentsPropagateNullability: [false], typeof(string), null));
}
