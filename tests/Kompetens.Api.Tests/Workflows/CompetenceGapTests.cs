using Kompetens.Api.Competences;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>The manager's gap analysis: unit and job-title requirements that stand, with figures checked against SQL written here.</summary>
public sealed class CompetenceGapTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Gaps = """
        query($u: ID!) {
          competenceGaps(organisationUnitId: $u) {
            people needed qualified gap
            requirement { jobTitle requiredLevel headcount horizon organisationUnit { code } competence { code } }
          }
        }
        """;

    [Fact]
    public async Task Requirements_set_per_job_title_reach_the_managers_gap_analysis()
    {
        var gaps = await ManagersGapsAsync();

        // The demo city states "every Klasslärare at level 3 in F-DIG-05" for the whole city, and Mikael's schools employ them.
        var classTeachers = Assert.Single(gaps, g => g["requirement"]!["jobTitle"]?.GetValue<string>() == "Klasslärare");
        Assert.Null(classTeachers["requirement"]!["organisationUnit"]);
        Assert.True(classTeachers["people"]!.GetValue<int>() > 0);
        Assert.Equal(Math.Min(classTeachers["requirement"]!["headcount"]!.GetValue<int>(), classTeachers["people"]!.GetValue<int>()), classTeachers["needed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_figure_matches_sql_written_independently()
    {
        var gaps = await ManagersGapsAsync();

        var expected = await TestData.ListAsync<string>(api, $"""
            WITH RECURSIVE sub AS (
                SELECT id FROM organisation_units WHERE code = @unit
                UNION SELECT u.id FROM organisation_units u JOIN sub ON u.parent_id = sub.id),
            lvl AS ({CurrentLevel.Sql("true", CurrentLevelRule.For(api.Services))})
            SELECT DISTINCT concat_ws('|', c.code, coalesce(ou.code, '-'), coalesce(r.job_title, '-'), r.required_level, r.horizon,
                (SELECT count(*) FROM employees e
                 WHERE e.status = 'Active' AND e.organisation_unit_id IN (SELECT id FROM sub)
                   AND (r.job_title IS NULL OR e.job_title = r.job_title)
                   AND (r.organisation_unit_id IS NULL OR r.organisation_unit_id IN (
                        WITH RECURSIVE up AS (
                            SELECT e.organisation_unit_id AS id
                            UNION SELECT u.parent_id FROM organisation_units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)
                        SELECT id FROM up))),
                (SELECT count(*) FROM employees e JOIN lvl ON lvl.employee_id = e.id AND lvl.competence_id = r.competence_id AND lvl.level >= r.required_level
                 WHERE e.status = 'Active' AND e.organisation_unit_id IN (SELECT id FROM sub)
                   AND (r.job_title IS NULL OR e.job_title = r.job_title)
                   AND (r.organisation_unit_id IS NULL OR r.organisation_unit_id IN (
                        WITH RECURSIVE up AS (
                            SELECT e.organisation_unit_id AS id
                            UNION SELECT u.parent_id FROM organisation_units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)
                        SELECT id FROM up))))
            FROM competence_requirements r
            JOIN competences c ON c.id = r.competence_id LEFT JOIN organisation_units ou ON ou.id = r.organisation_unit_id
            WHERE r.withdrawn_at IS NULL AND (r.organisation_unit_id IN (SELECT id FROM sub)
               OR (r.organisation_unit_id IS NULL AND EXISTS (
                    SELECT 1 FROM employees e WHERE e.status = 'Active' AND e.job_title = r.job_title AND e.organisation_unit_id IN (SELECT id FROM sub))))
            """, ("unit", DemoCity.DemoUnitCode));

        var actual = gaps.Select(g =>
        {
            var r = g["requirement"]!;
            return string.Join('|', r["competence"]!["code"]!.GetValue<string>(), r["organisationUnit"]?["code"]?.GetValue<string>() ?? "-",
                r["jobTitle"]?.GetValue<string>() ?? "-", r["requiredLevel"]!.GetValue<int>(), r["horizon"]!.GetValue<string>() == "NOW" ? "Now" : "Future",
                g["people"]!.GetValue<int>(), g["qualified"]!.GetValue<int>());
        });
        Assert.True(expected.Count >= 3, "the demo manager's units have requirements of their own and by job title");
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task The_database_holds_one_standing_requirement_per_unit_or_job_title_competence_and_horizon()
    {
        // Copies of the unit's and of a job title's requirements: an absent unit or target date equals another absent one.
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => TestData.ExecuteAsync(api, """
            INSERT INTO competence_requirements (id, organisation_unit_id, job_title, competence_id, required_level, headcount, horizon, target_date, strategy_goal_id, rationale, created_at, updated_at)
            SELECT gen_random_uuid(), organisation_unit_id, job_title, competence_id, required_level + 1, headcount, horizon, target_date, strategy_goal_id, rationale, now(), now()
            FROM competence_requirements
            WHERE withdrawn_at IS NULL AND (organisation_unit_id IN (SELECT id FROM organisation_units WHERE code = @unit) OR job_title = 'Klasslärare')
            """, ("unit", DemoCity.DemoUnitCode)));

        Assert.Equal(Npgsql.PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("ux_competence_requirements_one_current", error.ConstraintName);
    }

    private async Task<List<System.Text.Json.Nodes.JsonNode>> ManagersGapsAsync()
    {
        var unit = (await TestData.ListAsync<Guid>(api, "SELECT id FROM organisation_units WHERE code = @code", ("code", DemoCity.DemoUnitCode))).Single();
        var data = await api.GraphQL(TestTokens.DemoManager).QueryAsync(Gaps, new { u = Kompetens.GraphQL.Data.Ids.GlobalId.Format("OrganisationUnit", unit) });
        return [.. data["competenceGaps"]!.AsArray().Select(n => n!)];
    }
}
