using System.Linq.Expressions;

namespace Kompetens.GraphQL.Data.Expressions;

/// <summary>Swaps one expression for another inside a lambda body.</summary>
public sealed class ParameterReplacer(Expression from, Expression to) : ExpressionVisitor
{
    public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
}
