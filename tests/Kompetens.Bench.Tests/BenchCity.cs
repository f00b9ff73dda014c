using System.Text.Json;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.Bench;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Kompetens.Bench.Tests;

/// <summary>
/// A small benchmark city (300 people) generated the way bench/run.sh does it — the organisation through the payroll
/// sync over HTTP into the real service, the rest with binary COPY — on the tests' throwaway PostgreSQL, with the
/// raw baseline served on a real port next to it.
/// </summary>
public sealed class BenchCity : IAsyncLifetime
{
    public const int Employees = 300;
    public const int Seed = 4711;

    public ApiFactory Api { get; } = new EmptyApiFactory();

    public City City { get; } = City.Generate(Employees, Seed);

    public GenerationReport Generation { get; private set; } = null!;

    public NpgsqlDataSource Database { get; private set; } = null!;

    public HttpClient Baseline { get; private set; } = null!;

    private Microsoft.AspNetCore.Builder.WebApplication? baseline;

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        Database = NpgsqlDataSource.Create(Api.ConnectionString);
        Generation = await GenerateAsync(Api, City, Database);

        // The baseline connects as the service role, as the service does, and checks the same test tokens' signatures.
        var service = new NpgsqlDataSourceBuilder(Api.ServiceConnectionString) { ConnectionStringBuilder = { Timezone = "UTC" } }.Build();
        baseline = Kompetens.Bench.Baseline.Build("http://127.0.0.1:0", service, Authenticate);
        await baseline.StartAsync();
        Baseline = new HttpClient { BaseAddress = new Uri(baseline.Urls.First()) };
    }

    public static async Task<GenerationReport> GenerateAsync(ApiFactory api, City city, NpgsqlDataSource database) =>
        await Generator.RunAsync(city, api.CreateClient(), TestTokens.Payroll, database, CancellationToken.None);

    private static async Task<RawCaller?> Authenticate(string token)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TestTokens.Issuer,
            ValidAudience = TestTokens.Audience,
            IssuerSigningKey = TestTokens.SigningKey,
        });
        if (!result.IsValid)
        {
            return null;
        }

        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]));
        return DevTokens.Caller(payload.RootElement.Clone());
    }

    public async Task DisposeAsync()
    {
        Baseline?.Dispose();
        if (baseline is not null)
        {
            await baseline.StopAsync();
            await baseline.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        await Api.DisposeAsync();
    }
}
