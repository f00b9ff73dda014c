using System.Linq.Expressions;
using Kompetens.Api.Data;
using Kompetens.GraphQL.Data.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.GraphQL;

/// <summary>
/// The <c>search</c> argument of lists people look things up in by name: a text matches when any of the given
/// texts contains it, ignoring case and accents ("ostergard" finds "Östergård"). PostgreSQL runs it as
/// <c>search_text(ARRAY[texts]) ILIKE search_text(ARRAY['%term%'])</c> (<see cref="SearchText"/>), which a trigram
/// index over the same expression answers.
/// </summary>
public static class TextSearch
{
    private static readonly System.Reflection.MethodInfo Document = typeof(SearchText).GetMethod(nameof(SearchText.Of))!;

    private static readonly System.Reflection.MethodInfo ILike =
        typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    public static Func<IQueryable<T>, string, IQueryable<T>> Over<T>(params Expression<Func<T, string?>>[] texts) =>
        (rows, term) =>
        {
            var row = Expression.Parameter(typeof(T), "row");
            var pattern = QueryParameter.Of("%" + Escape(term.Trim()) + "%", typeof(string));
            var document = Expression.Call(Document, Expression.NewArrayInit(typeof(string), texts.Select(text => Paths.Apply(text, row))));
            var wanted = Expression.Call(Document, Expression.NewArrayInit(typeof(string), pattern));
            return rows.Where(Expression.Lambda<Func<T, bool>>(Expression.Call(ILike, Expression.Constant(EF.Functions), document, wanted), row));
        };

    /// <summary>Makes <c>%</c>, <c>_</c> and <c>\</c> in the client's text match themselves.</summary>
    private static string Escape(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
