using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace Kompetens.GraphQL.Data.Types;

/// <summary>
/// An object type over a CLR type that is queried through <see cref="IQueryable{T}"/>. Every field declared
/// with an expression (<c>Field(x =&gt; x.Name)</c>) records that expression, so the type can be filtered,
/// sorted and projected on exactly the fields it exposes.
/// </summary>
public abstract class QueryableObjectType<T> : ObjectGraphType<T>
{
    public override FieldBuilder<T, TProperty> Field<TProperty>(Expression<Func<T, TProperty>> expression) =>
        Recorded(base.Field(expression), expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(Expression<Func<T, TProperty>> expression, bool nullable) =>
        Recorded(base.Field(expression, nullable), expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(Expression<Func<T, TProperty>> expression, Type type) =>
        Recorded(base.Field(expression, type), expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(string name, Expression<Func<T, TProperty>> expression) =>
        Recorded(base.Field(name, expression), expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(string name, Expression<Func<T, TProperty>> expression, bool nullable) =>
        Recorded(base.Field(name, expression, nullable), expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(string name, Expression<Func<T, TProperty>> expression, Type type) =>
        Recorded(base.Field(name, expression, type), expression);

    private static FieldBuilder<T, TProperty> Recorded<TProperty>(FieldBuilder<T, TProperty> builder, LambdaExpression expression)
    {
        builder.FieldType.SetMember(expression);
        return builder;
    }
}
