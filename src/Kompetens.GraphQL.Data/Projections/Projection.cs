using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.GraphQL.Data.Projections;

/// <summary>
/// Turns a selection into the SQL <c>SELECT</c>: <c>row =&gt; new T { Id = row.Id, Name = row.Name, Unit = new Unit { … } }</c>.
/// Only the members the selected fields read are loaded; to-one relations are joined into the same statement;
/// to-many relations are left to their own batched statement. A selected field that declares neither a member,
/// a relation nor the members it requires makes the projection load whole rows instead of guessing.
/// </summary>
public static class Projection
{
    public static Expression<Func<T, T>>? For<T>(IResolveFieldContext context, IComplexGraphType type, IEnumerable<SelectedField> fields, IEnumerable<LambdaExpression> alwaysRead)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var body = Build(context, type, typeof(T), row, fields, alwaysRead);
        return body is null ? null : Expression.Lambda<Func<T, T>>(body, row);
    }

    private static Expression? Build(IResolveFieldContext context, IComplexGraphType type, Type clrType, Expression source, IEnumerable<SelectedField> fields, IEnumerable<LambdaExpression> alwaysRead)
    {
        if (clrType.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var bindings = new Dictionary<PropertyInfo, Expression>();
        void Read(LambdaExpression member)
        {
            foreach (var property in Paths.PropertiesRead(member))
            {
                bindings.TryAdd(property, Expression.Property(source, property));
            }
        }

        foreach (var member in alwaysRead)
        {
            Read(member);
        }

        var selected = fields.ToList();
        foreach (var relation in selected.Where(f => f.Definition.GetNavigation() is { IsCollection: false }).GroupBy(f => Paths.Property(f.Definition.GetNavigation()!.Path)))
        {
            // The same relation may be selected more than once (aliases, fragments): load the union of the selections.
            if (!Related(context, relation.Key, relation.ToList(), source, bindings))
            {
                return null;
            }
        }

        foreach (var value in selected.Where(f => ComplexMember(f) is not null).GroupBy(f => ComplexMember(f)!))
        {
            // A value stored in the row (a localised text): EF Core materialises a whole complex value from the whole
            // row, so bind its selected members one by one instead.
            if (Complex(context, value.Key, value.ToList(), source) is { } nested)
            {
                bindings[value.Key] = nested;
            }
            else
            {
                bindings.TryAdd(value.Key, Expression.Property(source, value.Key));
            }
        }

        foreach (var field in selected.Where(f => f.Definition.GetNavigation() is null && ComplexMember(f) is null))
        {
            var requires = field.Definition.GetRequires();
            var member = field.Definition.GetMember();
            if (member is null && requires.Count == 0)
            {
                return null;
            }

            foreach (var read in requires.Append(member).OfType<LambdaExpression>())
            {
                Read(read);
            }
        }

        return Expression.MemberInit(Expression.New(clrType), bindings.Select(b => Expression.Bind(b.Key, b.Value)));
    }

    /// <summary>
    /// The property of a field that exposes a complex value of its source as an object type with recorded members
    /// (<c>x =&gt; x.Label</c> as <c>Label</c>), so its own selection can be projected; null for any other field.
    /// </summary>
    private static PropertyInfo? ComplexMember(SelectedField field)
    {
        if (field.Definition.GetNavigation() is not null
            || field.Definition.GetMember() is not { } member
            || Paths.StripConvert(member.Body) is not MemberExpression { Member: PropertyInfo property } access
            || access.Expression != member.Parameters[0]
            || property.PropertyType == typeof(string)
            || property.PropertyType.IsValueType
            || !property.CanWrite
            || field.Definition.ResolvedType?.GetNamedType() is not IObjectGraphType target
            || target.GetKey() is not null
            || !target.Fields.Any(f => f.GetMember() is not null))
        {
            return null;
        }

        return property;
    }

    /// <summary><c>new Label { Text = row.Label.Text }</c>, or null when a selected member cannot be projected.</summary>
    private static Expression? Complex(IResolveFieldContext context, PropertyInfo property, IReadOnlyList<SelectedField> fields, Expression source)
    {
        var target = (IComplexGraphType)fields[0].Definition.ResolvedType!.GetNamedType();
        var value = Expression.Property(source, property);
        var selected = fields.SelectMany(f => Selections.Of(context, f.Node.SelectionSet, target));
        if (Build(context, target, property.PropertyType, value, selected, []) is not { } nested)
        {
            return null;
        }

        // Records compare by value (their == operator); test for an absent value by reference, as SQL can.
        return new NullabilityInfoContext().Create(property).ReadState == NullabilityState.NotNull
            ? nested
            : Expression.Condition(Expression.ReferenceEqual(value, Expression.Constant(null, property.PropertyType)), Expression.Constant(null, property.PropertyType), nested);
    }

    /// <summary>Binds a to-one relation as a nested projection, joined into the same statement.</summary>
    private static bool Related(IResolveFieldContext context, PropertyInfo property, IReadOnlyList<SelectedField> fields, Expression source, Dictionary<PropertyInfo, Expression> bindings)
    {
        var target = (IComplexGraphType)fields[0].Definition.ResolvedType!.GetNamedType();
        var related = Expression.Property(source, property);
        var alwaysRead = target.GetKey() is { } key ? [key] : Array.Empty<LambdaExpression>();
        var selected = fields.SelectMany(f => Selections.Of(context, f.Node.SelectionSet, target));
        var nested = Build(context, target, property.PropertyType, related, selected, alwaysRead);
        if (nested is null)
        {
            return false;
        }

        bindings[property] = Expression.Condition(Comparisons.IsNull(related), Expression.Constant(null, property.PropertyType), nested);
        return true;
    }
}
