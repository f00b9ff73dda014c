namespace Kompetens.Api.Competences;

/// <summary>
/// The one definition of a person's current level in a competence, used by the profile, the gap analysis, the
/// annual plan and finding colleagues (docs/workflows.md, "Current level"): of the person's assessments of the
/// competence, manager and evidence assessments win over self-assessments, and the newest of the winning kind counts.
/// </summary>
public static class CurrentLevel
{
    /// <summary>
    /// SQL for the current levels (<c>employee_id, competence_id, level, assessor, assessed_at</c>) among the
    /// assessments <c>a</c> that <paramref name="assessments"/> (a constant SQL condition over <c>a</c>) selects.
    /// </summary>
    public static string Sql(string assessments) => $"""
        SELECT DISTINCT ON (a.employee_id, a.competence_id) a.employee_id, a.competence_id, a.level, a.assessor, a.assessed_at
        FROM competence_assessments a WHERE {assessments}
        ORDER BY a.employee_id, a.competence_id, a.assessor = 'Self', a.assessed_at DESC
        """;
}
