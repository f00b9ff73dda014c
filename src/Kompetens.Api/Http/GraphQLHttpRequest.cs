using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Kompetens.Api.Http;

/// <summary>Reads a GraphQL request from POST JSON or GET query parameters, refusing anything the spec does not allow.</summary>
public static class GraphQLHttpRequest
{
    public sealed record Failure(int StatusCode, string Code, string Message);

    /// <summary>The longest <c>documentId</c> accepted: <c>sha256:</c> and 64 hex digits fit with room to spare.</summary>
    public const int MaxDocumentIdLength = 100;

    public static async Task<(GraphQLRequest? Request, Failure? Failure)> ReadAsync(HttpRequest http, IGraphQLSerializer serializer, GraphQLEndpointOptions limits)
    {
        var (request, failure) = await ReadAsync(http, serializer, limits.MaxRequestBytes);
        return request?.Query?.Length > limits.MaxDocumentLength
            ? (null, new(StatusCodes.Status400BadRequest, RequestErrorCodes.DocumentTooLarge, $"The GraphQL document is longer than {limits.MaxDocumentLength} characters."))
            : (request, failure);
    }

    private static async Task<(GraphQLRequest? Request, Failure? Failure)> ReadAsync(HttpRequest http, IGraphQLSerializer serializer, long maxBodyBytes)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return FromQueryString(http.Query, serializer);
        }

        if (!MediaTypes.IsJson(http.ContentType))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType, RequestErrorCodes.UnsupportedMediaType,
                "Send GraphQL requests as POST with `Content-Type: application/json`, or as GET."));
        }

        if (http.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        JsonDocument document;
        try
        {
            using var limited = new LimitedStream(http.Body, maxBodyBytes);
            document = await JsonDocument.ParseAsync(limited, cancellationToken: http.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, new(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidJson, "The request body is not valid JSON."));
        }
        catch (LimitedStream.LimitExceededException)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Invalid("The request body must be a JSON object with a `query` string."));
            }

            var root = document.RootElement;
            return BuildReadable(
                root.TryGetProperty("query", out var query) ? query : null,
                root.TryGetProperty("documentId", out var documentId) ? documentId : root.TryGetProperty("id", out var id) ? id : null,
                root.TryGetProperty("operationName", out var operationName) ? operationName : null,
                root.TryGetProperty("variables", out var variables) ? variables : null,
                root.TryGetProperty("extensions", out var extensions) ? extensions : null,
                serializer);
        }
    }

    /// <summary>
    /// <see cref="Build"/>, refusing text that is not Unicode: System.Text.Json parses a lone surrogate escape
    /// (<c>"\ud800"</c>) or invalid UTF-8 inside a string, and only fails when the string is read.
    /// </summary>
    private static (GraphQLRequest?, Failure?) BuildReadable(JsonElement? query, JsonElement? documentId, JsonElement? operationName, JsonElement? variables, JsonElement? extensions, IGraphQLSerializer serializer)
    {
        try
        {
            return Build(query, documentId, operationName, variables, extensions, serializer);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or ArgumentException or FormatException)
        {
            return (null, new(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidJson, "The request body is not valid JSON: it holds text that is not valid UTF-8 or UTF-16."));
        }
    }

    private static (GraphQLRequest?, Failure?) FromQueryString(IQueryCollection query, IGraphQLSerializer serializer)
    {
        static JsonElement? Text(string? value) => value is null ? null : JsonSerializer.SerializeToElement(value);

        static JsonElement? Json(string? value, string name, out Failure? failure)
        {
            failure = null;
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(value);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                failure = Invalid($"The `{name}` parameter is not valid JSON.");
                return null;
            }
        }

        var variables = Json(query["variables"], "variables", out var variablesFailure);
        var extensions = Json(query["extensions"], "extensions", out var extensionsFailure);
        if ((variablesFailure ?? extensionsFailure) is { } failure)
        {
            return (null, failure);
        }

        return BuildReadable(Text(query["query"]), Text(query["documentId"].FirstOrDefault() ?? query["id"].FirstOrDefault()), Text(query["operationName"]), variables, extensions, serializer);
    }

    private static (GraphQLRequest?, Failure?) Build(JsonElement? query, JsonElement? documentId, JsonElement? operationName, JsonElement? variables, JsonElement? extensions, IGraphQLSerializer serializer)
    {
        // A persisted operation is named by `documentId` (or HotChocolate's `id`) or by Apollo's
        // `extensions.persistedQuery`, and then needs no text; PersistedOperations resolves it.
        var byId = documentId is { ValueKind: JsonValueKind.String } || extensions is { ValueKind: JsonValueKind.Object } e0 && e0.TryGetProperty("persistedQuery", out _);
        if (query is { ValueKind: JsonValueKind.Null } || query is null)
        {
            if (!byId)
            {
                return (null, Invalid("The request must have a `query` string."));
            }
        }
        else if (query is not { ValueKind: JsonValueKind.String } || string.IsNullOrWhiteSpace(query.Value.GetString()))
        {
            return (null, Invalid("The request must have a `query` string."));
        }

        if (documentId is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) } || documentId is { ValueKind: JsonValueKind.String } d && d.GetString()!.Length > MaxDocumentIdLength)
        {
            return (null, Invalid($"`documentId` must be a string of at most {MaxDocumentIdLength} characters."));
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return (null, Invalid("`operationName` must be a string or null."));
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, Invalid("`variables` must be an object or null."));
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, Invalid("`extensions` must be an object or null."));
        }

        return (new GraphQLRequest
        {
            Query = query is { ValueKind: JsonValueKind.String } text ? text.GetString() : null,
            DocumentId = documentId is { ValueKind: JsonValueKind.String } id ? id.GetString() : null,
            OperationName = operationName is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            Variables = variables is { ValueKind: JsonValueKind.Object } v ? serializer.ReadNode<Inputs>(v) : null,
            Extensions = extensions is { ValueKind: JsonValueKind.Object } e ? serializer.ReadNode<Inputs>(e) : null,
        }, null);
    }

    private static Failure Invalid(string message) => new(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidParameters, message);

    private static Failure TooLarge(long max) =>
        new(StatusCodes.Status413PayloadTooLarge, RequestErrorCodes.BodyTooLarge, $"The request body is larger than {max} bytes.");
}
