using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kompetens.Api.Hosting;

/// <summary>
/// The <c>token</c> command: a Development token signed with the first key under
/// <c>Authentication:Schemes:DevJwt:SigningKeys</c>, shaped like the ones <c>dotnet user-jwts</c> makes, for a service
/// that has no user secrets (the container of <c>docker compose up</c>, which passes a development key).
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "dotnet-user-jwts";

    /// <summary>The token, or null when no signing key is configured.</summary>
    /// <param name="claims">More claims as <c>name=value</c>, as <c>dotnet user-jwts --claim</c> takes them (an employee's <c>oid</c>).</param>
    public static string? Create(IConfiguration configuration, string name, IReadOnlyList<string> roles, string? scope, IReadOnlyList<string>? claims = null)
    {
        var scheme = configuration.GetSection("Authentication:Schemes:DevJwt");
        var key = scheme.GetSection("SigningKeys").GetChildren().FirstOrDefault(k => k["Value"] is not null);
        if (key is null)
        {
            return null;
        }

        var all = new List<Claim> { new("sub", name), new("unique_name", name), new("jti", Guid.NewGuid().ToString("N")[..8]) };
        all.AddRange(roles.Select(role => new Claim("role", role)));
        all.AddRange((claims ?? []).Select(claim => claim.Split('=', 2)).Where(pair => pair.Length == 2).Select(pair => new Claim(pair[0], pair[1])));
        if (scope is not null)
        {
            all.Add(new Claim("scope", scope));
        }
        else if (roles.Count > 0 && all.All(claim => claim.Type != "idtyp"))
        {
            // A daemon's token: app roles and no scope, as Entra ID issues them.
            all.Add(new Claim("idtyp", "app"));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = scheme.GetSection("ValidAudiences").GetChildren().FirstOrDefault()?.Value ?? "http://localhost:5080",
            Subject = new ClaimsIdentity(all),
            Expires = DateTime.UtcNow.AddDays(30),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key["Value"]!)) { KeyId = key["Id"] }, SecurityAlgorithms.HmacSha256),
        });
    }
}
