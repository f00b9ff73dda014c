using Kompetens.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// The real service over real HTTP (in memory), on its own fresh copy of the demo city database.
/// Use as a class fixture: every test class gets its own database.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The test database as the superuser, for tests that arrange or inspect rows directly.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The test database as the service role, which the API connects as (<c>ConnectionStrings:Kompetens</c>).</summary>
    public string ServiceConnectionString => TestPostgres.As(ConnectionString, Kompetens.Api.Data.DatabaseRoles.Service);

    /// <summary>The test database as the owner role, which migrations run as (<c>ConnectionStrings:KompetensMigrations</c>).</summary>
    public string OwnerConnectionString => TestPostgres.As(ConnectionString, Kompetens.Api.Data.DatabaseRoles.Owner);

    /// <summary>The SQL statements this service has sent; <see cref="SqlLog.Clear"/> before the request to measure.</summary>
    public SqlLog Sql { get; } = new();

    protected virtual string Template => TestPostgres.DemoTemplate;

    public virtual async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync(Template);

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A client; by default with HR's app token, which may read everything.</summary>
    public GraphQLClient GraphQL(string? token = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token ?? TestTokens.Admin);
        return new GraphQLClient(client);
    }

    /// <summary>A client that sends no token.</summary>
    public GraphQLClient Anonymous() => new(CreateClient());

    /// <summary>Settings a test class changes, such as a lower limit.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected virtual string Environment => "Test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ConnectionStrings:Kompetens", ServiceConnectionString);
        builder.UseSetting("ConnectionStrings:KompetensMigrations", OwnerConnectionString);
        OfflineEntraId.Configure(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}

/// <summary>The service on a database with the schema but no rows.</summary>
public sealed class EmptyApiFactory : ApiFactory
{
    protected override string Template => TestPostgres.EmptyTemplate;
}
