using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Performance;

/// <summary>The service's connections are set up as the benchmark measured them (Data/DatabaseEndpoint.Tuned).</summary>
public sealed class ConnectionSettingsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_services_sessions_run_without_jit_and_prepare_repeated_statements()
    {
        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.None, CancellationToken.None);

        var jit = await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();
        var settings = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());

        Assert.Equal("off", jit);
        Assert.True(settings.MaxAutoPrepare > 0);
        Assert.True(settings.NoResetOnClose);
    }

    [Fact]
    public void Settings_given_in_the_connection_string_win()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseEndpoint.Tuned("Host=db;Max Auto Prepare=0;No Reset On Close=false;Options=-c jit=on -c work_mem=8MB"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal("-c jit=on -c work_mem=8MB", tuned.Options);
    }

    [Fact]
    public void Missing_settings_get_the_services_defaults_and_other_options_are_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseEndpoint.Tuned("Host=db;Options=-c work_mem=8MB"));

        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("-c work_mem=8MB -c jit=off", tuned.Options);
    }
}
