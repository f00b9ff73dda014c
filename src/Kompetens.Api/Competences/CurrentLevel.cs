using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Competences;

/// <summary>
/// The one definition of a person's current level in a competence, used by the profile, the gap analysis, the
/// annual plan, analytics and finding colleagues (docs/workflows.md, "Current level"):
/// <list type="number">
/// <item>Only assessments made within the validity (<see cref="CurrentLevelOptions.AssessmentValidityMonths"/>) count;
/// an older one has expired.</item>
/// <item>Confirmed assessments — the manager's and evidence (a completed training or rotation) — win over a
/// colleague's (<c>Peer</c>), which wins over the person's own (<c>Self</c>); within a kind, the newest counts.</item>
/// <item>Evidence never lowers a manager-confirmed level: evidence counts only when it is newer than the newest
/// manager assessment and at or above its level. A newer manager assessment may lower the level (the manager
/// saw the person's work since).</item>
/// </list>
/// Ties on the same instant are broken by the assessment's id, so the answer is always the same.
/// </summary>
public static class CurrentLevel
{
    /// <summary>
    /// SQL for the current levels (<c>employee_id, competence_id, level, assessor, assessed_at</c>) among the
    /// assessments <c>a</c> that <paramref name="assessments"/> (a constant SQL condition over <c>a</c>) selects,
    /// with the default validity counted from the database's current date. Prefer the overload with a
    /// <see cref="CurrentLevelRule"/>, which uses the configured validity and the service's clock.
    /// </summary>
    public static string Sql(string assessments) => Sql(assessments, null);

    /// <summary>The current levels under <paramref name="rule"/> (the configured validity and the service's today).</summary>
    public static string Sql(string assessments, CurrentLevelRule? rule)
    {
        var months = rule?.ValidityMonths ?? CurrentLevelOptions.DefaultValidityMonths;
        var today = rule is null ? "current_date" : $"DATE '{rule.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
        var valid = months == 0 ? "TRUE" : $"{{0}}.assessed_at >= ({today} - interval '{months} months')";
        return $"""
            SELECT DISTINCT ON (a.employee_id, a.competence_id) a.employee_id, a.competence_id, a.level, a.assessor, a.assessed_at
            FROM competence_assessments a
            LEFT JOIN LATERAL (
                SELECT m.level, m.assessed_at FROM competence_assessments m
                WHERE a.assessor = 'Evidence' AND m.employee_id = a.employee_id AND m.competence_id = a.competence_id
                  AND m.assessor = 'Manager' AND {string.Format(CultureInfo.InvariantCulture, valid, "m")}
                ORDER BY m.assessed_at DESC, m.id DESC LIMIT 1) confirmed ON TRUE
            WHERE ({assessments}) AND {string.Format(CultureInfo.InvariantCulture, valid, "a")}
              AND (confirmed.level IS NULL OR (a.assessed_at > confirmed.assessed_at AND a.level >= confirmed.level))
            ORDER BY a.employee_id, a.competence_id,
                     CASE a.assessor WHEN 'Manager' THEN 0 WHEN 'Evidence' THEN 0 WHEN 'Peer' THEN 1 ELSE 2 END,
                     a.assessed_at DESC, a.id DESC
            """;
    }
}

/// <summary>The settings of <see cref="CurrentLevel"/> on one day: how long an assessment stays valid, and today.</summary>
public sealed record CurrentLevelRule(DateOnly Today, int ValidityMonths)
{
    /// <summary>The rule of the running service: the configured validity, today from the service's one clock.</summary>
    public static CurrentLevelRule For(IServiceProvider services) => new(
        DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime),
        services.GetRequiredService<IOptions<CurrentLevelOptions>>().Value.AssessmentValidityMonths);
}

/// <summary>The <c>Competences</c> settings.</summary>
public sealed class CurrentLevelOptions
{
    public const string Section = "Competences";

    public const int DefaultValidityMonths = 36;

    /// <summary>How many months an assessment counts towards the current level; 0 means it never expires.</summary>
    [Range(0, 600)]
    public int AssessmentValidityMonths { get; set; } = DefaultValidityMonths;
}
