using System.Net;
using System.Security.Cryptography;
using Kompetens.Api.DemoData;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// In Development, tokens in the shape <c>dotnet user-jwts create --scheme DevJwt</c> makes are accepted:
/// issuer <c>dotnet-user-jwts</c>, a symmetric key from the project's user secrets, <c>scope</c> and <c>role</c> claims.
/// </summary>
public sealed class DevelopmentTokenTests(DevelopmentTokenTests.Factory api) : IClassFixture<DevelopmentTokenTests.Factory>
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public sealed class Factory : ApiFactory
    {
        protected override string Environment => "Development";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Authentication:Schemes:DevJwt:ValidIssuer"] = "dotnet-user-jwts",
            ["Authentication:Schemes:DevJwt:ValidAudiences:0"] = "http://localhost:5080",
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Issuer"] = "dotnet-user-jwts",
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
            ["Authentication:Schemes:DevJwt:SigningKeys:0:Length"] = "32",
        };
    }

    private static string UserJwt(Dictionary<string, object> claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "dotnet-user-jwts",
        Audience = "http://localhost:5080",
        Claims = claims,
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
    });

    [Fact]
    public async Task A_user_jwts_token_for_a_demo_employee_reads_their_data()
    {
        var token = UserJwt(new() { ["sub"] = "sara", ["oid"] = DemoCity.DemoEmployeeObjectId.ToString(), ["scope"] = AppRoles.AccessScope });

        var data = await api.GraphQL(token).QueryAsync("{ me { employeeNumber } }");

        Assert.Equal(DemoCity.DemoEmployeeNumber, data["me"]!["employeeNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_user_jwts_app_token_gets_its_role()
    {
        var token = UserJwt(new() { ["sub"] = "payroll", ["idtyp"] = "app", ["role"] = AppRoles.PayrollSync });

        var allowed = await api.GraphQL(token).PostAsync("{ employees { totalCount } }");
        var refused = await api.GraphQL(token).PostAsync("{ competences { totalCount } }");

        Assert.Null(allowed.Errors);
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task A_user_jwts_token_with_a_wrong_key_is_rejected()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dotnet-user-jwts",
            Audience = "http://localhost:5080",
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["role"] = AppRoles.Admin, ["idtyp"] = "app" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GraphQL(forged).PostAsync("{ __typename }")).Status);
    }
}

/// <summary>Outside Development, the same kind of token gets nowhere.</summary>
public sealed class DevelopmentTokensOutsideDevelopmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task User_jwts_tokens_are_rejected_outside_development()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dotnet-user-jwts",
            Audience = "http://localhost:5080",
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["role"] = AppRoles.Admin, ["idtyp"] = "app" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GraphQL(token).PostAsync("{ __typename }")).Status);
    }
}
