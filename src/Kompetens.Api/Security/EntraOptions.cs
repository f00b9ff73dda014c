using System.ComponentModel.DataAnnotations;

namespace Kompetens.Api.Security;

/// <summary>The API's Entra ID app registration (section <c>AzureAd</c>, as Microsoft.Identity.Web reads it); checked at start-up.</summary>
public sealed class EntraOptions
{
    public const string Section = "AzureAd";

    [Required]
    [Url]
    public string Instance { get; set; } = "";

    /// <summary>The city's tenant; only its tokens are accepted.</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F-]{36}$", ErrorMessage = "AzureAd:TenantId must be the tenant's GUID.")]
    public string TenantId { get; set; } = "";

    /// <summary>The API app registration's client id.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The audience the API expects, usually its Application ID URI <c>api://&lt;client id&gt;</c>; the bare client id is accepted as well.</summary>
    public string? Audience { get; set; }
}

/// <summary>The per-caller request budget (section <c>RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
