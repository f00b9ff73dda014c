using Kompetens.Api.Domain;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace Kompetens.Api.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The scheme that picks Entra ID or, in Development, <c>dotnet user-jwts</c> for each token.</summary>
    public const string Scheme = "Kompetens";

    /// <summary>Development only: tokens from <c>dotnet user-jwts create --scheme DevJwt</c>.</summary>
    public const string DevelopmentScheme = "DevJwt";

    public const string RateLimitPolicy = "per-caller";

    /// <summary>
    /// Entra ID bearer tokens through Microsoft.Identity.Web (section <c>AzureAd</c>), the caller and the
    /// authorization policies, and a per-caller rate limit.
    /// </summary>
    public static WebApplicationBuilder AddKompetensSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EntraOptions>().Bind(builder.Configuration.GetSection(EntraOptions.Section)).ValidateSettings(EntraOptions.Section);
        var development = builder.Environment.IsDevelopment();

        var authentication = services.AddAuthentication(Scheme);
        authentication.AddMicrosoftIdentityWebApi(builder.Configuration, EntraOptions.Section, JwtBearerDefaults.AuthenticationScheme);

        // Entra ID never issues a token whose tid and iss disagree; refuse one anyway rather than trust the issuer alone.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<IOptions<EntraOptions>>((jwt, entra) =>
        {
            // With Audience = api://<client id>, Entra's v2.0 access tokens carry the bare client id as aud (v1.0 tokens
            // the URI): accept both, as Microsoft.Identity.Web does when given only a client id.
            var audiences = new[] { entra.Value.Audience, entra.Value.ClientId, "api://" + entra.Value.ClientId };
            jwt.TokenValidationParameters.ValidAudiences = [.. (jwt.TokenValidationParameters.ValidAudiences ?? []).Concat(audiences)
                .Where(a => !string.IsNullOrWhiteSpace(a) && a != "api://").Distinct(StringComparer.Ordinal)];

            var validated = jwt.Events.OnTokenValidated;
            jwt.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Principal?.GetTenantId() != entra.Value.TenantId)
                {
                    context.Fail("The token was issued for another tenant.");
                }
            };
        });
        if (development)
        {
            // Reads Authentication:Schemes:DevJwt (issuer, audiences, signing key), which dotnet user-jwts writes.
            authentication.AddJwtBearer(DevelopmentScheme);

            // The first `dotnet user-jwts create` on a machine writes the signing key after the service may have
            // started (and before the user-secrets folder existed, so configuration does not reload it): read the
            // keys per token, from the user-secrets file when configuration has none.
            services.AddOptions<JwtBearerOptions>(DevelopmentScheme).PostConfigure<IConfiguration>((jwt, configuration) =>
                jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => DevelopmentSigningKeys(configuration));
        }

        authentication.AddPolicyScheme(Scheme, "Entra ID, or dotnet user-jwts in Development", options =>
            options.ForwardDefaultSelector = context => development && IssuedByUserJwts(context) ? DevelopmentScheme : JwtBearerDefaults.AuthenticationScheme);

        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<CallerAccessor>();
        services.AddScoped<IAuthorizationHandler, CallerAuthorizationHandler>();
        services.AddAuthorizationBuilder().AddKompetensPolicies();

        services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section)).ValidateSettings(RateLimitOptions.Section);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerWindow,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = RateLimitRejection.WriteAsync;
        });
        return builder;
    }

    /// <summary>Each caller has its own budget: the token's object id or client id, else the client address.</summary>
    private static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var token = TokenClaims.Read(user);
            return token.ObjectId?.ToString() ?? token.ClientId ?? token.Subject ?? "user";
        }

        return "ip:" + context.Connection.RemoteIpAddress;
    }

    private static bool IssuedByUserJwts(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var handler = new JsonWebTokenHandler();
        var raw = header["Bearer ".Length..].Trim();
        try
        {
            return handler.CanReadToken(raw) && handler.ReadJsonWebToken(raw).Issuer == "dotnet-user-jwts";
        }
        catch (ArgumentException)
        {
            // Three dot-separated parts that are not base64url JSON (SecurityTokenMalformedException is an
            // ArgumentException): not ours; the Entra scheme refuses it with 401.
            return false;
        }
    }

    private static IEnumerable<Microsoft.IdentityModel.Tokens.SecurityKey> DevelopmentSigningKeys(IConfiguration configuration)
    {
        var keys = configuration.GetSection($"Authentication:Schemes:{DevelopmentScheme}:SigningKeys");
        if (!keys.Exists() && typeof(SecurityServiceCollectionExtensions).Assembly
                .GetCustomAttributes(typeof(Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute), false)
                .OfType<Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute>().FirstOrDefault() is { } secrets
            && Microsoft.Extensions.Configuration.UserSecrets.PathHelper.GetSecretsPathFromSecretsId(secrets.UserSecretsId) is var path && File.Exists(path))
        {
            keys = new ConfigurationBuilder().AddJsonFile(path).Build().GetSection($"Authentication:Schemes:{DevelopmentScheme}:SigningKeys");
        }

        return keys.GetChildren().Where(key => key["Value"] is not null)
            .Select(key => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(key["Value"]!)) { KeyId = key["Id"] });
    }
}
