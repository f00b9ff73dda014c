using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// Bounds the work of validation before GraphQL.NET's rules run: some of them (overlapping fields, the cost
/// analysis) walk every fragment spread, so nested spreads make them exponential. This first counts, in linear
/// time, how many fields the document would select with every spread expanded and refuses it above
/// <see cref="GraphQLEndpointOptions.MaxFragmentExpansion"/>; then it runs the rules under
/// <see cref="GraphQLEndpointOptions.ValidationTimeout"/> (and the client's cancellation, which flows in with the token).
/// </summary>
public sealed class BoundedDocumentValidator(IOptions<GraphQLEndpointOptions> endpointOptions) : IDocumentValidator
{
    public const string TooManyExpandedFields = "MAX_FRAGMENT_EXPANSION";
    public const string ValidationTimedOut = "VALIDATION_TIMEOUT";

    private readonly DocumentValidator inner = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var limits = endpointOptions.Value;
        if (ExpandedSize(options.Document, limits.MaxFragmentExpansion) > limits.MaxFragmentExpansion)
        {
            return Task.FromResult<IValidationResult>(new ValidationResult(new ValidationError(
                $"The document selects more than {limits.MaxFragmentExpansion} fields once its fragments are expanded.") { Code = TooManyExpandedFields }));
        }

        return ValidateWithTimeoutAsync(options, limits.ValidationTimeout);
    }

    private async Task<IValidationResult> ValidateWithTimeoutAsync(ValidationOptions validation, TimeSpan timeout)
    {
        var outer = validation.CancellationToken;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(outer);
        deadline.CancelAfter(timeout);
        try
        {
            return await inner.ValidateAsync(validation with { CancellationToken = deadline.Token });
        }
        catch (OperationCanceledException) when (!outer.IsCancellationRequested)
        {
            return new ValidationResult(new ValidationError($"Validating the document took longer than {timeout.TotalSeconds:0.###} s.") { Code = ValidationTimedOut });
        }
    }

    /// <summary>
    /// The largest number of fields any operation or fragment of the document selects with its spreads expanded,
    /// computed once per fragment (memoised), so the count itself is linear in the document's length. Counting
    /// stops at <paramref name="limit"/> + 1; cycles and unknown fragments count nothing (other rules refuse them).
    /// </summary>
    internal static long ExpandedSize(GraphQLDocument document, long limit)
    {
        var fragments = new Dictionary<ROM, GraphQLFragmentDefinition>();
        foreach (var definition in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(definition.FragmentName.Name.Value, definition);
        }

        var sizes = new Dictionary<ROM, long>();
        var inProgress = new HashSet<ROM>();

        long Fragment(ROM name)
        {
            if (sizes.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var definition) || !inProgress.Add(name))
            {
                return 0;
            }

            var size = Selections(definition.SelectionSet);
            inProgress.Remove(name);
            sizes[name] = size;
            return size;
        }

        long Selections(GraphQLSelectionSet? set)
        {
            long total = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Selections(field.SelectionSet),
                    GraphQLInlineFragment inline => Selections(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.Value),
                    _ => 0,
                };
                total = Math.Min(total, limit + 1);
            }

            return total;
        }

        long largest = 0;
        foreach (var definition in document.Definitions)
        {
            largest = Math.Max(largest, definition switch
            {
                GraphQLOperationDefinition operation => Selections(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => Fragment(fragment.FragmentName.Name.Value),
                _ => 0,
            });
        }

        return largest;
    }
}
