using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Hosting;

/// <summary>
/// With no connection string, Development starts its own cluster with the owner and the service role, migrates as
/// the owner and serves as the service role — also on a cluster made before there were two roles.
/// </summary>
public sealed class DevelopmentClusterTests
{
    private static WebApplicationFactory<Program> Development(string dataDirectory) => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Kompetens", "")
            .UseSetting("Database:LocalDataDirectory", dataDirectory)
            .UseSetting("Database:SeedDemoData", "false");
        OfflineEntraId.Configure(web);
    });

    private static async Task<(object? User, object? AuditOwner)> InspectAsync(WebApplicationFactory<Program> factory)
    {
        _ = factory.CreateClient();
        await using var connection = new NpgsqlConnection(factory.Services.GetRequiredService<DatabaseEndpoint>().ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_user::text, (SELECT tableowner::text FROM pg_tables WHERE tablename = 'audit_entries')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetValue(0), reader.GetValue(1));
    }

    private static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "kompetens-devtest-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_new_development_cluster_serves_as_the_service_role()
    {
        var dataDirectory = NewDataDirectory();
        try
        {
            await using var factory = Development(dataDirectory);

            var (user, auditOwner) = await InspectAsync(factory);

            Assert.Equal(DatabaseRoles.Service, user);
            Assert.Equal(DatabaseRoles.Owner, auditOwner);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_development_cluster_from_before_the_roles_is_handed_to_the_owner()
    {
        var dataDirectory = NewDataDirectory();
        try
        {
            // What earlier versions did: the database and every table owned by the superuser.
            var cluster = await LocalPostgres.StartAsync(dataDirectory, durable: false);
            await cluster.EnsureDatabaseAsync("kompetens", CancellationToken.None);
            var options = new DbContextOptionsBuilder<KompetensDbContext>();
            KompetensDbContext.Configure(options, cluster.ConnectionString("kompetens"), KompetensFeatures.Model);
            await using (var db = new KompetensDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await using var factory = Development(dataDirectory);

            var (user, auditOwner) = await InspectAsync(factory);

            Assert.Equal(DatabaseRoles.Service, user);
            Assert.Equal(DatabaseRoles.Owner, auditOwner);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
