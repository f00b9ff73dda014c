using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Kompetens.Api.Security;

/// <summary>Answers a caller over its budget with 429, <c>Retry-After</c> and a GraphQL error body.</summary>
internal static class RateLimitRejection
{
    public const string Code = "RATE_LIMITED";

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var body = new { errors = new[] { new { message = $"Too many requests. Try again after {response.Headers.RetryAfter} seconds.", extensions = new { code = Code } } } };
        await response.WriteAsJsonAsync(body, cancellationToken);
    }
}
