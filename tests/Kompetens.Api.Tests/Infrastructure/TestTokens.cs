using System.Security.Cryptography;
using Kompetens.Api.DemoData;
using Kompetens.Api.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// Entra ID-shaped v2.0 access tokens, signed with a key generated for this test run. The service validates them
/// with the real Microsoft.Identity.Web pipeline; only the signing key and the tenant's issuer are injected.
/// </summary>
public static class TestTokens
{
    public const string TenantId = "3f6a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    public const string ClientId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
    public const string Audience = "api://" + ClientId;
    public const string Instance = "https://login.microsoftonline.com/";
    public static readonly string Issuer = $"{Instance}{TenantId}/v2.0";

    /// <summary>The key the service trusts in tests.</summary>
    public static RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    public static string DemoEmployee => User(DemoCity.DemoEmployeeObjectId);

    public static string DemoManager => User(DemoCity.DemoManagerObjectId);

    public static string Admin => App(AppRoles.Admin);

    /// <summary>
    /// An HR person signed in as themself: a delegated user token with the Admin app role, whose <c>oid</c> maps to
    /// their own employee record. HR may take every manager step, but never on their own records.
    /// </summary>
    public static string HrUser(Guid objectId) => User(objectId, AppRoles.AccessScope, AppRoles.Admin);

    public static string Payroll => App(AppRoles.PayrollSync);

    public static string Analytics => App(AppRoles.AnalyticsRead);

    /// <summary>A delegated token of a signed-in user, as the intranet sends it.</summary>
    public static string User(Guid objectId, string scope = AppRoles.AccessScope, params string[] roles) => Create(claims =>
    {
        claims["oid"] = objectId.ToString();
        claims["sub"] = "pairwise-" + objectId.ToString("N")[..12];
        claims["scp"] = scope;
        claims["idtyp"] = "user";
        claims["azp"] = "intranet-client-id";
        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }
    });

    /// <summary>An app-only token of a daemon (payroll, BI), with app roles.</summary>
    public static string App(params string[] roles)
    {
        var appObjectId = Guid.NewGuid().ToString();
        return Create(claims =>
        {
            claims["oid"] = appObjectId;
            claims["sub"] = appObjectId;
            claims["idtyp"] = "app";
            claims["azp"] = "daemon-" + string.Join("-", roles);
            claims["roles"] = roles;
        });
    }

    /// <summary>A token with every claim under the test's control, for the negative cases.</summary>
    /// <summary>An HR app token (a fresh app id) with <paramref name="extra"/> claims changed, for probing token validation.</summary>
    public static string ForgedApp(Action<Dictionary<string, object>>? extra = null, SecurityKey? key = null, string? issuer = null, string audience = Audience, DateTime? expires = null) =>
        Create(claims =>
        {
            claims["oid"] = Guid.NewGuid().ToString();
            claims["sub"] = claims["oid"];
            claims["idtyp"] = "app";
            claims["roles"] = new[] { AppRoles.Admin };
            extra?.Invoke(claims);
        }, key, issuer, audience, expires);

    public static string Create(Action<Dictionary<string, object>> claims, SecurityKey? key = null, string? issuer = null, string audience = Audience, DateTime? expires = null)
    {
        var payload = new Dictionary<string, object> { ["tid"] = TenantId, ["ver"] = "2.0" };
        claims(payload);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = payload,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-1),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
