namespace Kompetens.Api.Security;

/// <summary>The app roles and the delegated scope the API's Entra ID app registration exposes.</summary>
public static class AppRoles
{
    /// <summary>HR: everything, for people and for daemons.</summary>
    public const string Admin = "Kompetens.Admin";

    /// <summary>The payroll daemon: sync mutations, and reading organisation and employee master data.</summary>
    public const string PayrollSync = "Kompetens.Payroll.Sync";

    /// <summary>BI tools: analytics and the catalogue, never a person.</summary>
    public const string AnalyticsRead = "Kompetens.Analytics.Read";

    /// <summary>The delegated scope a user token must carry (the intranet acting for the signed-in employee).</summary>
    public const string AccessScope = "Kompetens.Access";
}
