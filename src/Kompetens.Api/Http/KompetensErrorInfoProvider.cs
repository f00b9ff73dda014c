using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// Shapes every error a client sees: the message and the stable <c>extensions.code</c>, plus the correlation id
/// of unexpected failures. Never exception details, stack traces or server type names; and with introspection
/// off, no "Did you mean …" suggestions, which would reveal the schema one guess at a time.
/// </summary>
public sealed class KompetensErrorInfoProvider(IOptions<GraphQLEndpointOptions> options) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public const string CorrelationId = "correlationId";

    private const string Suggestion = " Did you mean ";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!options.Value.EnableIntrospection && info.Message.IndexOf(Suggestion, StringComparison.Ordinal) is >= 0 and var at)
        {
            info.Message = info.Message[..at];
        }

        if (executionError.Data[CorrelationId] is string correlationId)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions[CorrelationId] = correlationId;
        }

        return info;
    }
}
