using Kompetens.Api.Domain;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Http;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema (GraphQL/), and how the endpoint runs it: limits, access rule, errors, timeouts, CORS.</summary>
    public static IServiceCollection AddKompetensGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLEndpointOptions>()
            // Production answers no introspection and serves no console unless configured to (the SDL is published);
            // set before binding, so that configuration wins.
            .Configure<IHostEnvironment>((graphQL, environment) =>
            {
                graphQL.EnableIntrospection = graphQL.EnableIde = !environment.IsProduction();
                graphQL.OnlyPersistedOperationsForApps = environment.IsProduction();
            })
            .Bind(configuration.GetSection(GraphQLEndpointOptions.Section)).ValidateSettings(GraphQLEndpointOptions.Section);
        services.AddKompetensSchema();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<PersistedOperations>();
        services.AddGraphQL(graphQL => graphQL
            // Å, ä, ö and ü stay readable in responses; characters that matter to HTML are still escaped.
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .AddErrorInfoProvider<KompetensErrorInfoProvider>()
            .AddValidationRule<AuthorizationRule>()
            .AddValidationRule<LimitsRule>()
            .AddValidationRule<StringLengthRule>()
            // The introspection graphql-js 16 sends with all its options: isRepeatable, includeDeprecated, specifiedByURL.
            .ConfigureSchema(schema =>
            {
                schema.Features.RepeatableDirectives = true;
                schema.Features.DeprecationOfInputValues = true;
                schema.RegisterVisitor(new IntrospectionCompletion());
            })
            .ConfigureExecutionOptions(options =>
            {
                options.Timeout = options.RequestServices!.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.ExecutionTimeout;
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .AddUnhandledExceptionHandler(HideUnhandledException));

        // Registered after AddGraphQL, so that it replaces GraphQL.NET's validator.
        services.AddSingleton<IDocumentValidator, BoundedDocumentValidator>();
        services.AddKompetensCorsAndCompression(configuration);
        return services;
    }

    /// <summary>Unexpected failures are logged with the request's trace id; the client gets that id and a generic message, never a stack trace, SQL or type name.</summary>
    private static void HideUnhandledException(UnhandledExceptionContext context)
    {
        if (context.OriginalException is Domain.DomainError domain)
        {
            // A query argument that breaks a domain rule (an id of the wrong type): the same code a mutation would return.
            context.Exception = new ExecutionError(domain.Message) { Code = domain.Code };
            return;
        }

        if (context.OriginalException is GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            context.Exception = new ExecutionError("The document is nested too deeply to parse.") { Code = RequestErrorCodes.DocumentTooDeep };
            return;
        }

        var services = context.FieldContext?.RequestServices ?? context.ExecutionOptions.RequestServices;
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("Kompetens.Api.GraphQL");
        var correlationId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        logger?.LogError(context.OriginalException, "Unhandled error in GraphQL execution, correlation id {CorrelationId}", correlationId);
        context.Exception = new ExecutionError($"An unexpected error occurred. Quote correlation id {correlationId} when reporting it.")
        {
            Code = RequestErrorCodes.InternalError,
            Data = { [KompetensErrorInfoProvider.CorrelationId] = correlationId },
        };
    }
}
