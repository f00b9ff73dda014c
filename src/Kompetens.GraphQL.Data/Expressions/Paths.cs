using System.Linq.Expressions;
using System.Reflection;

namespace Kompetens.GraphQL.Data.Expressions;

/// <summary>Small helpers for lambdas that read members of a source object.</summary>
public static class Paths
{
    /// <summary>The body of <paramref name="lambda"/> applied to <paramref name="source"/>.</summary>
    public static Expression Apply(LambdaExpression lambda, Expression source) =>
        new ParameterReplacer(lambda.Parameters[0], source).Visit(lambda.Body)!;

    /// <summary>The properties of the lambda's parameter that the lambda reads directly (<c>x.A</c>, <c>x.B</c> in <c>x =&gt; x.A + x.B.C</c>).</summary>
    public static IEnumerable<PropertyInfo> PropertiesRead(LambdaExpression lambda)
    {
        var collector = new PropertyCollector(lambda.Parameters[0]);
        collector.Visit(StripConvert(lambda.Body));
        return collector.Properties;
    }

    /// <summary>The single property a navigation lambda (<c>x =&gt; x.Parent</c>) reads.</summary>
    public static PropertyInfo Property(LambdaExpression lambda) =>
        StripConvert(lambda.Body) is MemberExpression { Member: PropertyInfo property } member && member.Expression == lambda.Parameters[0]
            ? property
            : throw new ArgumentException($"Expected a property of the parameter, got {lambda}.", nameof(lambda));

    public static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } unary ? StripConvert(unary.Operand) : expression;

    private sealed class PropertyCollector(ParameterExpression parameter) : ExpressionVisitor
    {
        public List<PropertyInfo> Properties { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == parameter && node.Member is PropertyInfo property)
            {
                Properties.Add(property);
                return node;
            }

            return base.VisitMember(node);
        }
    }
}
