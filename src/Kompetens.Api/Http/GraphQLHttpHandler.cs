using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: reads the request, runs it, and answers with the spec's status codes —
/// 200 for <c>application/json</c> responses of well-formed requests; 400 when a request for
/// <c>application/graphql-response+json</c> fails before execution; 405 for mutations over GET.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<global::GraphQL.Types.ISchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLEndpointOptions> options,
    PersistedOperations persistedOperations,
    ILogger<GraphQLHttpHandler> logger)
{
    /// <summary>Activity source that names each GraphQL operation in traces.</summary>
    public static readonly System.Diagnostics.ActivitySource Activity = new("Kompetens.Api.GraphQL");

    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, QueryOnlyOverGetRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && options.Value.EnableIde && !request.Query.ContainsKey("query") && MediaTypes.WantsHtml(request.Headers.Accept))
        {
            await GraphQLIde.WriteAsync(http, request.Path);
            return;
        }

        // Every GraphQL request needs a valid token; the scheme answers 401 with WWW-Authenticate, and the body says so in GraphQL's shape.
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await http.ChallengeAsync();
            await WriteAsync(http, MediaTypes.Json, new ExecutionResult
            {
                Errors = [new ExecutionError("A valid bearer token is required.") { Code = AuthorizationRule.NotAuthenticated }],
            });
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteFailureAsync(http, MediaTypes.Json, new(StatusCodes.Status406NotAcceptable, RequestErrorCodes.NotAcceptable,
                $"The response can be {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
            return;
        }

        var (graphQLRequest, failure) = await GraphQLHttpRequest.ReadAsync(request, serializer, options.Value);
        if (failure is not null || graphQLRequest is null)
        {
            await WriteFailureAsync(http, mediaType, failure!);
            return;
        }

        var persistedOnly = options.Value.OnlyPersistedOperationsForApps && TokenClaims.Read(http.User).IsApp;
        var operation = persistedOperations.Resolve(graphQLRequest, persistedOnly);
        if (operation.Error is not null)
        {
            http.Response.StatusCode = operation.Status == StatusCodes.Status200OK || mediaType != MediaTypes.GraphQLResponse ? StatusCodes.Status200OK : operation.Status;
            await WriteAsync(http, mediaType, new ExecutionResult { Errors = [operation.Error] });
            return;
        }

        if (operation.Query!.Length > options.Value.MaxDocumentLength)
        {
            await WriteFailureAsync(http, mediaType, new(StatusCodes.Status400BadRequest, RequestErrorCodes.DocumentTooLarge, $"The GraphQL document is longer than {options.Value.MaxDocumentLength} characters."));
            return;
        }

        var executionOptions = new ExecutionOptions
        {
            Query = operation.Query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        if (HttpMethods.IsGet(request.Method))
        {
            executionOptions.ValidationRules = GetRules;
        }

        var caller = await http.RequestServices.GetRequiredService<CallerAccessor>().GetAsync(http.RequestAborted);
        RequestLanguage.Set(executionOptions.UserContext, RequestLanguage.For(caller, request.Headers.AcceptLanguage));
        // HotChocolate's `GraphQL-Cost: report`: the cost analysis fills this in during validation.
        var cost = string.Equals(request.Headers["GraphQL-Cost"], "report", StringComparison.OrdinalIgnoreCase) ? new OperationCost() : null;
        if (cost is not null)
        {
            executionOptions.UserContext[LimitsRule.CostReportKey] = cost;
        }

        using var activity = Activity.StartActivity("graphql " + (graphQLRequest.OperationName ?? "anonymous"));
        activity?.SetTag("graphql.operation.name", graphQLRequest.OperationName);
        ExecutionResult result;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            result = await executer.ExecuteAsync(executionOptions);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: parsing, validation and execution stop with it, and there is no one to answer.
            logger.LogInformation("GraphQL request {OperationName} cancelled by the client", graphQLRequest.OperationName);
            return;
        }

        activity?.SetTag("graphql.errors", result.Errors?.Count ?? 0);
        // One line per operation: which one, how long, and whether a person (delegated token) or a daemon (app-only) asked.
        logger.LogInformation("GraphQL {OperationType} {OperationName} by {CallerKind} in {ElapsedMilliseconds:0.0} ms, {ErrorCount} errors",
            result.Operation?.Operation.ToString().ToLowerInvariant() ?? "request", graphQLRequest.OperationName ?? result.Operation?.Name?.StringValue ?? "(anonymous)",
            TokenClaims.Read(http.User).IsApp ? "app" : "user", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Errors?.Count ?? 0);
        if (cost is not null)
        {
            result.Extensions ??= [];
            result.Extensions["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost };
        }


        http.Response.StatusCode = StatusOf(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        await WriteAsync(http, mediaType, result);
    }

    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e.Code == RequestErrorCodes.MutationOverGet) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // A request that never executed (syntax, validation, variable or access errors) is refused, but the
        // legacy application/json media type keeps 200 so that older clients read the errors.
        if (result.Executed || mediaType != MediaTypes.GraphQLResponse)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(e => e.Code == AuthorizationRule.NotAuthorized) == true ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
    }

    private Task WriteFailureAsync(HttpContext http, string mediaType, GraphQLHttpRequest.Failure failure)
    {
        http.Response.StatusCode = failure.StatusCode;
        return WriteAsync(http, mediaType, new ExecutionResult { Errors = [new ExecutionError(failure.Message) { Code = failure.Code }] });
    }

    private async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
