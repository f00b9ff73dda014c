using System.ComponentModel.DataAnnotations;

namespace Kompetens.Api.Http;

/// <summary>Settings and limits of the GraphQL endpoint (section <c>GraphQL</c>); docs/security.md explains each.</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The longest GraphQL document accepted, in characters.</summary>
    [Range(100, 1_000_000)]
    public int MaxDocumentLength { get; set; } = 16 * 1024;

    /// <summary>How deeply fields may nest.</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The highest estimated cost of a document (fields, times list sizes from <c>first</c>/<c>last</c>).</summary>
    [Range(100, 10_000_000)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>How many aliased fields a document may have (alias bombs).</summary>
    [Range(1, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// How many fields a document may select once every fragment spread is replaced by its fragment. Nested spreads
    /// double the work at each level (a 1 KB document can stand for billions of fields), so this is checked, in
    /// linear time, before any other validation.
    /// </summary>
    [Range(100, int.MaxValue)]
    public int MaxFragmentExpansion { get; set; } = 5_000;

    /// <summary>How long parsing and validating one document may take (the execution timeout covers the whole request).</summary>
    public TimeSpan ValidationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest <c>search</c> text.</summary>
    [Range(1, 100_000)]
    public int MaxSearchLength { get; set; } = 200;

    /// <summary>
    /// The longest text of any other argument or input field, unless its input class says otherwise with
    /// <c>[MaxLength]</c>/<c>[StringLength]</c>; 400 is the database's default column length.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxStringLength { get; set; } = 400;

    /// <summary>How long one request may execute.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Answer introspection queries (<c>__schema</c>, <c>__type</c>) and suggest field names in errors. Off in
    /// Production unless configured (clients there use the published SDL), on elsewhere.
    /// </summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// Accept from app-only callers (daemons with an app role) only operations committed under
    /// <c>schema/operations/</c>, sent by <c>documentId</c> or by their hash (HotChocolate's <c>HC0067</c> otherwise),
    /// so that a leaked app credential cannot run arbitrary queries. On in Production unless configured; people
    /// (delegated tokens) may always send text.
    /// </summary>
    public bool OnlyPersistedOperationsForApps { get; set; }

    /// <summary>How many Apollo automatic persisted queries the in-memory store keeps; the oldest are evicted beyond.</summary>
    [Range(0, 100_000)]
    public int MaxAutomaticPersistedQueries { get; set; } = 1_000;

    /// <summary>Serve the browser IDE at <c>GET /graphql</c> to clients that ask for HTML. Off in Production unless configured.</summary>
    public bool EnableIde { get; set; } = true;
}
