using Kompetens.Api.Hosting;
using Kompetens.Api.Organisation;
using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Migrate_brings_a_blank_database_to_the_current_schema()
    {
        var blank = await CreateBlankDatabaseAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Production").UseSetting("ConnectionStrings:Kompetens", blank);
                OfflineEntraId.Configure(web);
            });

        await factory.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);

        await using var db = await factory.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, CancellationToken.None);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Employees.CountAsync());
    }

    [Fact]
    public async Task Outside_development_the_service_never_migrates_by_itself()
    {
        var blank = await CreateBlankDatabaseAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Production").UseSetting("ConnectionStrings:Kompetens", blank);
                OfflineEntraId.Configure(web);
            });

        _ = factory.CreateClient();

        await using var db = await factory.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, CancellationToken.None);
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Missing_postgresql_binaries_give_one_message_saying_how_to_install_or_configure()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            LocalPostgres.StartAsync(Path.Combine(Path.GetTempPath(), "kompetens-never"), durable: false, binDirectory: "/nonexistent/bin"));

        Assert.Equal(LocalPostgres.MissingBinariesMessage, error.Message);
        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("ConnectionStrings__Kompetens", error.Message);
    }

    private static async Task<string> CreateBlankDatabaseAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("template0");
        NpgsqlConnection.ClearAllPools();
        return connectionString;
    }
}
