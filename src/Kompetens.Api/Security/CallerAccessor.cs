using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Identity.Web;

namespace Kompetens.Api.Security;

/// <summary>
/// The one place that turns the request's token into the <see cref="Caller"/>: resolved once per request (the
/// employee and the units they manage come from the organisation data) and shared by every resolver.
/// </summary>
public sealed class CallerAccessor(IHttpContextAccessor http, IEmployeeDirectory directory, IMemoryCache cache)
{
    /// <summary>How long who an employee is and which units they manage is reused between requests (a widget sends many).</summary>
    private static readonly TimeSpan EmployeeCacheTime = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private Task<Caller>? caller;

    public Task<Caller> GetAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return caller ??= ResolveAsync(http.HttpContext?.User, cancellationToken);
        }
    }

    private async Task<Caller> ResolveAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Caller.Nobody;
        }

        var token = TokenClaims.Read(user);
        if (token.IsApp)
        {
            return new Caller
            {
                IsAdmin = token.Roles.Contains(AppRoles.Admin),
                IsPayroll = token.Roles.Contains(AppRoles.PayrollSync),
                IsAnalytics = token.Roles.Contains(AppRoles.AnalyticsRead),
                Actor = $"app:{token.ClientId ?? token.Subject}",
            };
        }

        // A user token acts for a person only with the API's delegated scope.
        if (!token.Scopes.Contains(AppRoles.AccessScope))
        {
            return Caller.Nobody;
        }

        var userCaller = new Caller
        {
            IsAdmin = token.Roles.Contains(AppRoles.Admin),
            IsAnalytics = token.Roles.Contains(AppRoles.AnalyticsRead),
            Actor = $"user:{token.ObjectId}",
        };
        if (token.ObjectId is not Guid objectId)
        {
            return userCaller;
        }

        var employee = await cache.GetOrCreateAsync($"employee-caller:{objectId}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = EmployeeCacheTime;
            return directory.FindEmployedAsync(objectId, cancellationToken);
        });
        return employee is null
            ? userCaller
            : userCaller with
            {
                EmployeeId = employee.Id, ManagedUnitIds = employee.ManagedUnitIds, TeamIds = employee.TeamIds, ColleagueIds = employee.ColleagueIds,
                WorkUnitIds = employee.WorkUnitIds, PreferredLanguage = employee.PreferredLanguage, Actor = $"employee:{employee.Number}",
            };
    }
}

/// <summary>
/// The claims a caller is identified by, whichever way the token names them: Entra ID v2.0 tokens
/// (<c>oid</c>, <c>scp</c>, <c>roles</c>, <c>idtyp</c>, <c>azp</c>) with or without ASP.NET Core's claim-type
/// mapping, and <c>dotnet user-jwts</c> tokens (<c>scope</c>, <c>role</c>).
/// </summary>
public sealed record TokenClaims(Guid? ObjectId, string? Subject, string? ClientId, bool IsApp, IReadOnlySet<string> Scopes, IReadOnlySet<string> Roles)
{
    private static readonly string[] ScopeTypes = ["scp", ClaimConstants.Scope, "scope"];
    private static readonly string[] RoleTypes = ["roles", ClaimConstants.Roles, ClaimTypes.Role, "role"];

    public static TokenClaims Read(ClaimsPrincipal user)
    {
        var scopes = Values(user, ScopeTypes).SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var roles = Values(user, RoleTypes).ToHashSet(StringComparer.Ordinal);
        var objectId = Guid.TryParse(user.GetObjectId(), out var oid) ? oid : (Guid?)null;
        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

        // App-only tokens say so in idtyp (an optional claim); without it, an app token has no scope and oid == sub.
        var isApp = user.FindFirst("idtyp")?.Value == "app" || (scopes.Count == 0 && objectId is not null && objectId.ToString() == subject);
        var clientId = user.FindFirst("azp")?.Value ?? user.FindFirst("appid")?.Value;
        return new TokenClaims(objectId, subject, clientId, isApp, scopes, roles);
    }

    private static IEnumerable<string> Values(ClaimsPrincipal user, string[] types) =>
        user.Claims.Where(c => types.Contains(c.Type)).Select(c => c.Value);
}
