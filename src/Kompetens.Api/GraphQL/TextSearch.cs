using System.Linq.Expressions;
using Kompetens.GraphQL.Data.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.GraphQL;

/// <summary>
/// The <c>search</c> argument of lists people look things up in by name: a text matches when any of the given
/// texts contains it, ignoring case and accents ("ostergard" finds "Östergård"), run by PostgreSQL with
/// <c>unaccent</c> and <c>ILIKE</c>.
/// </summary>
public static class TextSearch
{
    private static readonly Expression<Func<string, string, bool>> Contains =
        (text, pattern) => EF.Functions.ILike(EF.Functions.Unaccent(text), EF.Functions.Unaccent(pattern));

    public static Func<IQueryable<T>, string, IQueryable<T>> Over<T>(params Expression<Func<T, string?>>[] texts) =>
        (rows, term) =>
        {
            var row = Expression.Parameter(typeof(T), "row");
            var pattern = QueryParameter.Of("%" + Escape(term.Trim()) + "%", typeof(string));
            var any = texts
                .Select(text => (Expression)Expression.Invoke(Contains, Expression.Coalesce(Paths.Apply(text, row), Expression.Constant("")), pattern))
                .Aggregate(Expression.OrElse);
            return rows.Where(Expression.Lambda<Func<T, bool>>(any, row));
        };

    /// <summary>Makes <c>%</c>, <c>_</c> and <c>\</c> in the client's text match themselves.</summary>
    private static string Escape(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
