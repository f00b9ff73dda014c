using Kompetens.Api.Hosting;
using System.Net;
using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Http;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_only_once_the_schema_is_current()
    {
        var blank = await TestPostgres.CreateDatabaseAsync("template0");
        NpgsqlConnection.ClearAllPools();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Production")
                    .UseSetting("ConnectionStrings:Kompetens", TestPostgres.As(blank, DatabaseRoles.Service))
                    .UseSetting("ConnectionStrings:KompetensMigrations", TestPostgres.As(blank, DatabaseRoles.Owner));
                OfflineEntraId.Configure(web);
            });
        var http = factory.CreateClient();

        var unmigrated = await http.GetAsync("/health/ready");
        var live = await http.GetAsync("/health/live");
        await factory.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);
        var migrated = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unmigrated.StatusCode);
        Assert.Equal("Unhealthy", await unmigrated.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, migrated.StatusCode);
        Assert.Equal("Healthy", await migrated.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Not_ready_when_a_migration_this_build_knows_is_missing_from_the_history()
    {
        await using var api = new ApiFactory();
        await api.InitializeAsync();
        await using (var owner = new NpgsqlConnection(api.OwnerConnectionString))
        {
            await owner.OpenAsync();
            await using var forget = new NpgsqlCommand("DELETE FROM __ef_migrations_history", owner);
            await forget.ExecuteNonQueryAsync();
        }

        var response = await api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
