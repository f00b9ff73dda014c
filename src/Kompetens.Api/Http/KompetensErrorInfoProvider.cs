using GraphQL;
using GraphQL.Execution;

namespace Kompetens.Api.Http;

/// <summary>
/// Shapes every error a client sees: the message and the stable <c>extensions.code</c>, plus the correlation id
/// of unexpected failures. Never exception details, stack traces or server type names.
/// </summary>
public sealed class KompetensErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public const string CorrelationId = "correlationId";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.Data[CorrelationId] is string correlationId)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions[CorrelationId] = correlationId;
        }

        return info;
    }
}
