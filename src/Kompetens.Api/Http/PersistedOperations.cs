using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// Operations a client may send by id instead of by text: the trusted documents committed under
/// <c>schema/operations/**</c> (embedded in the assembly at build time, id <c>sha256:</c> plus the SHA-256 of the
/// file's UTF-8 text with LF line endings), and Apollo's automatic persisted queries, which a client registers
/// by sending hash and text once (kept in a bounded in-memory store). docs/querying.md describes both protocols.
/// </summary>
public sealed class PersistedOperations : IDisposable
{
    /// <summary>Apollo's code for an unknown hash: the client then sends the text with the hash (HTTP 200, so Apollo falls back).</summary>
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Apollo's message for an unknown hash; its persisted-query link matches on code or message.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    /// <summary>An APQ request whose text does not hash to the hash it names.</summary>
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>HotChocolate's code for a <c>documentId</c> that is not a trusted document.</summary>
    public const string DocumentNotFoundCode = "HC0020";

    /// <summary>HotChocolate's code for a request with text where only persisted operations are allowed.</summary>
    public const string OnlyPersistedAllowedCode = "HC0067";

    private const string ResourcePrefix = "PersistedOperations/";

    private readonly MemoryCache registered;

    public PersistedOperations(IOptions<GraphQLEndpointOptions> options)
    {
        registered = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxAutomaticPersistedQueries });
        var assembly = typeof(PersistedOperations).Assembly;
        var committed = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            committed[HashOf(text)] = (resource[ResourcePrefix.Length..].Replace('\\', '/'), text);
        }

        Committed = committed.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The committed operations: SHA-256 (64 lowercase hex digits) → (path under <c>schema/operations/</c>, text).</summary>
    public FrozenDictionary<string, (string Path, string Text)> Committed { get; }

    public void Dispose() => registered.Dispose();

    /// <summary>The SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits (Apollo's and HotChocolate's hash).</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Turns a request that names an operation by id into one with its text. <paramref name="persistedOnly"/>
    /// refuses every request that is not a committed operation (<c>HC0067</c>).
    /// </summary>
    public Resolution Resolve(GraphQLRequest request, bool persistedOnly)
    {
        if (request.DocumentId is { } documentId)
        {
            if (request.Query is not null)
            {
                return Refused(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidParameters, "Send either `documentId` or `query`, not both.");
            }

            var hash = documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId["sha256:".Length..] : documentId;
            return Committed.TryGetValue(hash.ToLowerInvariant(), out var operation)
                ? new(operation.Text, null, 0)
                : Refused(StatusCodes.Status400BadRequest, DocumentNotFoundCode,
                    $"The persisted operation `{Shorten(documentId)}` is not one of the operations committed under schema/operations/.");
        }

        if (ApolloHash(request.Extensions, out var apolloHash, out var invalid) is var isApollo && invalid is not null)
        {
            return Refused(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidParameters, invalid);
        }

        if (isApollo)
        {
            if (Committed.TryGetValue(apolloHash, out var operation))
            {
                return request.Query is null || HashOf(request.Query) == apolloHash
                    ? new(operation.Text, null, 0)
                    : Mismatch();
            }

            if (persistedOnly)
            {
                return OnlyPersisted();
            }

            if (request.Query is null)
            {
                // Not an error of the request: Apollo's link reads this and sends the text, so the status stays 200.
                return registered.TryGetValue(apolloHash, out string? stored)
                    ? new(stored, null, 0)
                    : Refused(StatusCodes.Status200OK, NotFoundCode, NotFoundMessage);
            }

            if (HashOf(request.Query) != apolloHash)
            {
                return Mismatch();
            }

            registered.Set(apolloHash, request.Query, new MemoryCacheEntryOptions { Size = 1 });
            return new(request.Query, null, 0);
        }

        if (request.Query is null)
        {
            return Refused(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidParameters, "The request must have a `query` string, a `documentId`, or an `extensions.persistedQuery` hash.");
        }

        return persistedOnly ? OnlyPersisted() : new(request.Query, null, 0);
    }

    /// <summary>Reads <c>extensions.persistedQuery { version: 1, sha256Hash }</c>; false without it.</summary>
    private static bool ApolloHash(Inputs? extensions, out string hash, out string? invalid)
    {
        hash = "";
        invalid = null;
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return false;
        }

        if (value is not IReadOnlyDictionary<string, object?> persistedQuery
            || !persistedQuery.TryGetValue("version", out var version) || Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture) != "1")
        {
            invalid = "`extensions.persistedQuery` must be `{ version: 1, sha256Hash }`.";
            return false;
        }

        if (!persistedQuery.TryGetValue("sha256Hash", out var given) || given is not string text || text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            invalid = "`extensions.persistedQuery.sha256Hash` must be 64 hex digits.";
            return false;
        }

        hash = text.ToLowerInvariant();
        return true;
    }

    private static Resolution Mismatch() =>
        Refused(StatusCodes.Status400BadRequest, HashMismatchCode, "The query does not hash to `extensions.persistedQuery.sha256Hash`.");

    private static Resolution OnlyPersisted() =>
        Refused(StatusCodes.Status400BadRequest, OnlyPersistedAllowedCode,
            "Only persisted operations are allowed for apps here: send `documentId` (`sha256:` and the hash of an operation committed under schema/operations/).");

    private static Resolution Refused(int status, string code, string message) => new(null, new ExecutionError(message) { Code = code }, status);

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";

    /// <summary>The text to run, or the error to answer with and its HTTP status.</summary>
    public sealed record Resolution(string? Query, ExecutionError? Error, int Status);
}
