using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Querying;
using Kompetens.GraphQL.Data.Tests.Model;
using Kompetens.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.GraphQL.Data.Tests.Infrastructure;

/// <summary>
/// The conventions over the gadget model on real PostgreSQL: one throwaway cluster per run, one fresh database
/// per test class, a GraphQL.NET schema executed in process, and every SQL statement recorded.
/// </summary>
public sealed class GadgetDatabase : IAsyncLifetime
{
    private static readonly Lazy<Task<LocalPostgres>> Cluster = new(() => LocalPostgres.StartThrowawayAsync("kompetens-data-tests"));

    private ServiceProvider services = null!;

    public SqlLog Sql { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var cluster = await Cluster.Value;
        var name = "gadgets_" + Guid.NewGuid().ToString("N");
        await cluster.EnsureDatabaseAsync(name, CancellationToken.None);
        ConnectionString = cluster.ConnectionString(name);

        var collection = new ServiceCollection();
        collection.AddPooledDbContextFactory<GadgetDbContext>(o => o.UseNpgsql(ConnectionString).UseSnakeCaseNamingConvention().AddInterceptors(Sql).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        collection.AddSingleton<IQuerySessionFactory, Sessions>();
        collection.AddScoped<BatchLoaderRegistry>();
        collection.AddGraphQL(graphQL => graphQL.AddSchema<GadgetSchema>().AddGraphTypes(typeof(GadgetSchema).Assembly).AddDataConventions().AddSystemTextJson());
        services = collection.BuildServiceProvider();

        await using var db = await Db();
        await db.Database.EnsureCreatedAsync();
        db.AddRange(GadgetData.Create());
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    public Task<GadgetDbContext> Db() => services.GetRequiredService<IDbContextFactory<GadgetDbContext>>().CreateDbContextAsync();

    public ISchema Schema => services.GetRequiredService<ISchema>();

    /// <summary>Runs a document and returns the serialized result as JSON.</summary>
    public async Task<JsonObject> ExecuteAsync(string query, object? variables = null)
    {
        await using var scope = services.CreateAsyncScope();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            ThrowOnUnhandledException = true,
        });
        return JsonNode.Parse(serializer.Serialize(result))!.AsObject();
    }

    /// <summary>Runs a document that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await ExecuteAsync(query, variables);
        Assert.True(result["errors"] is null, result.ToJsonString());
        return result["data"]!;
    }

    private sealed class Sessions(IDbContextFactory<GadgetDbContext> contexts) : IQuerySessionFactory
    {
        public async Task<IQuerySession> OpenAsync(CancellationToken cancellationToken) => new Session(await contexts.CreateDbContextAsync(cancellationToken));

        private sealed class Session(GadgetDbContext db) : IQuerySession
        {
            public IQueryable<T> Query<T>() where T : class => db.Set<T>();

            public ValueTask DisposeAsync() => db.DisposeAsync();
        }
    }
}
