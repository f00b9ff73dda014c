using System.Net;
using Kompetens.Api.DemoData;
using Kompetens.Api.Hosting;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Kompetens.Api.Tests.Hosting;

/// <summary>
/// The <c>token</c> command of <c>docker compose up</c> (docs/deployment.md): the built dll, run as compose runs it
/// with a development signing key, prints a token that a Development service given the same key accepts.
/// </summary>
public sealed class DevelopmentTokenCommandTests(DevelopmentTokenCommandTests.Factory api) : IClassFixture<DevelopmentTokenCommandTests.Factory>
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

    /// <summary>The environment compose.yaml gives the api container, with this class's key.</summary>
    private static readonly Dictionary<string, string> Compose = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Authentication__Schemes__DevJwt__SigningKeys__0__Id"] = "compose-dev",
        ["Authentication__Schemes__DevJwt__SigningKeys__0__Issuer"] = "dotnet-user-jwts",
        ["Authentication__Schemes__DevJwt__SigningKeys__0__Value"] = Key,
        ["Authentication__Schemes__DevJwt__SigningKeys__0__Length"] = "32",
    };

    public sealed class Factory : ApiFactory
    {
        protected override string Environment => "Development";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Id"] = "compose-dev",
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Value"] = Key,
        };
    }

    [Fact]
    public async Task The_token_command_prints_an_admin_app_token_the_service_accepts()
    {
        var command = await ApiProcess.RunAsync(["token", "--name", "hr", "--role", "Kompetens.Admin"], Compose);

        Assert.True(command.ExitCode == 0, command.Error);
        var token = Assert.Single(command.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var data = await api.GraphQL(token).QueryAsync("{ employees(first: 1) { totalCount } }");
        Assert.True(data["employees"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_token_command_with_scope_and_oid_signs_in_the_demo_employee()
    {
        var command = await ApiProcess.RunAsync(
            ["token", "--name", "sara", "--scope", "Kompetens.Access", "--claim", $"oid={DemoCity.DemoEmployeeObjectId}"], Compose);

        Assert.True(command.ExitCode == 0, command.Error);
        var data = await api.GraphQL(command.Output.Trim()).QueryAsync("{ me { employeeNumber } }");
        Assert.Equal(DemoCity.DemoEmployeeNumber, data["me"]!["employeeNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outside_development_the_token_command_refuses_with_exit_code_1()
    {
        var command = await ApiProcess.RunAsync(["token", "--role", "Kompetens.Admin"], new Dictionary<string, string>(Compose)
        {
            // Settings a Production start needs, so that the command itself is what refuses.
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Kompetens"] = "Host=127.0.0.1;Port=1;Database=kompetens;Username=kompetens_app",
            ["AzureAd__TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["AzureAd__ClientId"] = "22222222-2222-2222-2222-222222222222",
        });

        Assert.Equal(1, command.ExitCode);
        Assert.Equal("", command.Output);
        Assert.Contains("only in the Development environment", command.Error);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var other = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Value"] = Convert.ToBase64String(new byte[32]),
        }).Build();

        var result = await api.GraphQL(DevelopmentTokens.Create(other, "hr", ["Kompetens.Admin"], scope: null)).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
    }

    [Fact]
    public void Without_a_key_there_is_no_token() =>
        Assert.Null(DevelopmentTokens.Create(new ConfigurationBuilder().Build(), "hr", [], scope: null));
}
