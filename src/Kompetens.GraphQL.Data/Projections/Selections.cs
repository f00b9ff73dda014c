using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Kompetens.GraphQL.Data.Projections;

/// <summary>A field a client selected, with its definition.</summary>
public sealed record SelectedField(GraphQLField Node, FieldType Definition);

/// <summary>
/// Reads what a client selected below a field — through fragments, inline fragments and <c>@skip</c>/<c>@include</c> —
/// so that queries load exactly the columns asked for.
/// </summary>
public static class Selections
{
    /// <summary>The fields selected on <paramref name="type"/> in <paramref name="selectionSet"/>.</summary>
    public static IReadOnlyList<SelectedField> Of(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, IComplexGraphType type)
    {
        var fields = new List<SelectedField>();
        Collect(context, selectionSet, type, fields);
        return fields;
    }

    /// <summary>The fields selected on <paramref name="type"/> under the child field <paramref name="name"/> of <paramref name="selectionSet"/>.</summary>
    public static IEnumerable<SelectedField> Under(IResolveFieldContext context, IEnumerable<SelectedField> selected, string name, IComplexGraphType type) =>
        selected.Where(f => f.Definition.Name == name).SelectMany(f => Of(context, f.Node.SelectionSet, type));

    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, IComplexGraphType type, List<SelectedField> fields)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            if (!IsIncluded(context, selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field when type.GetField(field.Name.StringValue) is { } definition:
                    fields.Add(new SelectedField(field, definition));
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || AppliesTo(inline.TypeCondition.Type.Name.StringValue, type):
                    Collect(context, inline.SelectionSet, type, fields);
                    break;
                case GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    && AppliesTo(fragment.TypeCondition.Type.Name.StringValue, type):
                    Collect(context, fragment.SelectionSet, type, fields);
                    break;
            }
        }
    }

    private static bool AppliesTo(string typeCondition, IComplexGraphType type) =>
        typeCondition == type.Name || (type is IObjectGraphType objectType && objectType.ResolvedInterfaces.Any(i => i.Name == typeCondition));

    private static bool IsIncluded(IResolveFieldContext context, ASTNode node)
    {
        if (node is not IHasDirectivesNode { Directives: { } directives })
        {
            return true;
        }

        foreach (var directive in directives.Items)
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value switch
            {
                GraphQLBooleanValue value => value.BoolValue,
                GraphQLVariable variable => context.Variables.ValueFor(variable.Name.StringValue, false) is true,
                _ => false,
            };
            var skipped = name == "skip" ? condition : !condition;
            if (skipped)
            {
                return false;
            }
        }

        return true;
    }
}
