using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// What a test changes in the Entra ID pipeline, and only that: the tenant's OpenID configuration (issuer and
/// signing key) is given instead of downloaded, and no HTTP client may reach the network. Everything else —
/// Microsoft.Identity.Web's issuer, audience, lifetime and signature validation — runs as in production.
/// </summary>
public static class OfflineEntraId
{
    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:Instance", TestTokens.Instance);
        builder.UseSetting("AzureAd:TenantId", TestTokens.TenantId);
        builder.UseSetting("AzureAd:ClientId", TestTokens.ClientId);
        builder.UseSetting("AzureAd:Audience", TestTokens.Audience);
        builder.ConfigureTestServices(Configure);
    }

    private static void Configure(IServiceCollection services)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // What the tenant's metadata document would say: its issuer and its signing key.
            var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            configuration.SigningKeys.Add(TestTokens.SigningKey);
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            options.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
        });
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new NoNetwork()));
    }

    private sealed class NoNetwork : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"Tests do not reach the network ({request.RequestUri?.Host}).");
    }
}
