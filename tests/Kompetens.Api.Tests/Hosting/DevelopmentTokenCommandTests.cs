using System.Net;
using Kompetens.Api.Hosting;
using Kompetens.Api.Tests.Http;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Hosting;

/// <summary>The <c>token</c> command of <c>docker compose up</c>: a Development service given a signing key accepts the tokens it makes.</summary>
public sealed class DevelopmentTokenCommandTests(DevelopmentTokenCommandTests.Factory api) : IClassFixture<DevelopmentTokenCommandTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override string Environment => "Development";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Id"] = "compose-dev",
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Value"] = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray()),
        };
    }

    [Fact]
    public async Task A_token_from_the_command_reads_as_an_admin_app()
    {
        var token = DevelopmentTokens.Create(api.Services.GetRequiredService<IConfiguration>(), "hr", ["Kompetens.Admin"], scope: null);

        var data = await api.GraphQL(token).QueryAsync("{ employees(first: 1) { totalCount } }");

        Assert.True(data["employees"]!["totalCount"]!.GetValue<int>() > 0);
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
