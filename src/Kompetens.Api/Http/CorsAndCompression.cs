using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>Which browser origins (the intranet's widgets) may call the API (section <c>Cors</c>).</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://intranet.example.fi</c>; none by default, so no browser page elsewhere may call the API.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

public static class CorsAndCompressionExtensions
{
    /// <summary>
    /// CORS for the configured origins (GET and POST with a bearer token; no cookies, so no credentials mode) and
    /// gzip/Brotli response compression. Compression is on for HTTPS too: BREACH needs a secret in the body and a
    /// request the attacker can make the victim's browser send with it, and a bearer token is never sent by the
    /// browser on its own.
    /// </summary>
    public static IServiceCollection AddKompetensCorsAndCompression(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorsSettings>().Bind(configuration.GetSection(CorsSettings.Section));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsSettings>>((options, settings) =>
            options.AddDefaultPolicy(policy => policy
                .WithOrigins(settings.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type", "Accept", "Accept-Language")
                .SetPreflightMaxAge(settings.Value.PreflightMaxAge)));

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, MediaTypes.GraphQLResponse];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }
}
