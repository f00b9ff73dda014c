using System.Text.Json.Nodes;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using static Kompetens.Api.Tests.Analytics.BiClient;

namespace Kompetens.Api.Tests.Analytics;

/// <summary>
/// The checks every measure must pass on any city: its figures equal SQL the test writes itself, every cell of
/// fewer than the minimum is suppressed, and no suppressed cell equals a published total minus its published parts.
/// Shared by the demo city and the generated city.
/// </summary>
public static class MeasureChecks
{
    public const int Minimum = SmallGroups.MinimumSize;

    /// <summary>Checks the distribution of the whole city on <paramref name="day"/>; returns how many cells were suppressed only to protect another (secondary).</summary>
    public static async Task<int> DistributionAsync(ApiFactory api, string day)
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "CompetenceDistribution", "competenceDistribution", new() { ["asOf"] = day });
        var truth = (await SqlAsync(api, $"""
            WITH {StaffSql}, {LatestSql}
            SELECT u.code, k.code, l.level, count(*)::int FROM staff s JOIN organisation_units u ON u.id = s.unit_id
            JOIN latest l ON l.employee_id = s.employee_id JOIN competences k ON k.id = l.competence_id
            GROUP BY u.code, k.code, l.level
            """, ("day", DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))))
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (int?)r[2]), r => (int)r[3]!);
        var staff = (await SqlAsync(api, $"WITH {StaffSql} SELECT u.code, count(*)::int FROM staff s JOIN organisation_units u ON u.id = s.unit_id GROUP BY u.code", ("day", DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))))
            .ToDictionary(r => (string)r[0]!, r => (int)r[1]!);
        foreach (var group in truth.GroupBy(t => (t.Key.Item1, t.Key.Item2)))
        {
            var notAssessed = staff[group.Key.Item1] - group.Sum(g => g.Value);
            if (notAssessed > 0)
            {
                truth[(group.Key.Item1, group.Key.Item2, null)] = notAssessed;
            }
        }

        Assert.Equal(truth.Keys.ToHashSet(), rows.Select(r => (Str(r["unitCode"])!, Str(r["competenceCode"])!, Count(r["level"]))).ToHashSet());
        var secondary = 0;
        foreach (var row in rows)
        {
            var actual = truth[(Str(row["unitCode"])!, Str(row["competenceCode"])!, Count(row["level"]))];
            var unitStaff = staff[Str(row["unitCode"])!];
            Assert.Equal(unitStaff >= Minimum ? unitStaff : null, Count(row["groupSize"]));
            if (row["suppressed"]!.GetValue<bool>())
            {
                Assert.Null(row["count"]);
                secondary += actual >= Minimum && unitStaff >= Minimum ? 1 : 0;
            }
            else
            {
                Assert.Equal(actual, Count(row["count"]));
                Assert.True(actual >= Minimum, $"published a count of {actual}");
            }
        }

        foreach (var group in rows.GroupBy(r => (Str(r["unitCode"]), Str(r["competenceCode"]))))
        {
            NoSuppressedPartIsTheRest((decimal?)Count(group.First()["groupSize"]), group.Select(r => ((decimal?)Count(r["count"]), (decimal)truth[(Str(r["unitCode"])!, Str(r["competenceCode"])!, Count(r["level"]))])));
        }

        return secondary;
    }

    /// <summary>A published total minus its published parts never equals one suppressed part: it is either nothing or the sum of two or more.</summary>
    public static void NoSuppressedPartIsTheRest(decimal? total, IEnumerable<(decimal? Published, decimal Actual)> parts, decimal rounding = 0)
    {
        if (total is null)
        {
            return;
        }

        var list = parts.ToList();
        var rest = total.Value - list.Sum(p => p.Published ?? 0);
        var suppressed = list.Where(p => p.Published is null).Select(p => p.Actual).ToList();
        Assert.True(Math.Abs(suppressed.Sum() - rest) <= rounding * (list.Count + 1), $"{total} minus the published parts is {rest}, the suppressed parts add up to {suppressed.Sum()}");
        if (suppressed.Count == 1)
        {
            Assert.Fail($"one suppressed part of {suppressed[0]} can be read as {total} minus the published parts");
        }
    }

    public static async Task GapsAsync(ApiFactory api, string day, string horizon)
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "CompetenceGaps", "competenceGaps", new() { ["asOf"] = day, ["horizon"] = horizon });
        // A requirement applies to a person when its unit is their unit or one above it (or it has none) and its job title is theirs (or it has none).
        var truth = (await SqlAsync(api, $"""
            WITH RECURSIVE {StaffSql}, {LatestSql},
            above AS (
                SELECT id AS unit_id, id AS ancestor_id FROM organisation_units
                UNION ALL
                SELECT a.unit_id, u.parent_id FROM above a JOIN organisation_units u ON u.id = a.ancestor_id WHERE u.parent_id IS NOT NULL),
            applies AS (
                SELECT s.employee_id, s.unit_id, s.job_title, r.competence_id, r.required_level, r.job_title AS required_title FROM staff s
                JOIN above a ON a.unit_id = s.unit_id JOIN competence_requirements r ON r.organisation_unit_id = a.ancestor_id AND r.horizon = @horizon AND r.withdrawn_at IS NULL
                UNION ALL
                SELECT s.employee_id, s.unit_id, s.job_title, r.competence_id, r.required_level, r.job_title FROM staff s
                JOIN competence_requirements r ON r.organisation_unit_id IS NULL AND r.horizon = @horizon AND r.withdrawn_at IS NULL),
            need AS (
                SELECT employee_id, unit_id, competence_id, max(required_level) AS level FROM applies
                WHERE required_title IS NULL OR required_title = job_title
                GROUP BY employee_id, unit_id, competence_id)
            SELECT u.code, k.code, n.level, count(*)::int, count(*) FILTER (WHERE l.level >= n.level)::int
            FROM need n JOIN organisation_units u ON u.id = n.unit_id JOIN competences k ON k.id = n.competence_id
            LEFT JOIN latest l ON l.employee_id = n.employee_id AND l.competence_id = n.competence_id
            GROUP BY u.code, k.code, n.level
            """, ("day", DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), ("horizon", horizon == "NOW" ? "Now" : "Future")))
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (int)r[2]!), r => (Group: (int)r[3]!, Meeting: (int)r[4]!));

        Assert.NotEmpty(truth);
        Assert.Equal(truth.Keys.ToHashSet(), rows.Select(r => (Str(r["unitCode"])!, Str(r["competenceCode"])!, Count(r["requiredLevel"])!.Value)).ToHashSet());
        foreach (var row in rows)
        {
            var (group, meeting) = truth[(Str(row["unitCode"])!, Str(row["competenceCode"])!, Count(row["requiredLevel"])!.Value)];
            Assert.Equal(group >= Minimum ? group : null, Count(row["groupSize"]));
            var publishable = group >= Minimum && meeting is 0 or >= Minimum && group - meeting is 0 or >= Minimum;
            Assert.Equal(!publishable, row["suppressed"]!.GetValue<bool>());
            Assert.Equal(publishable ? meeting : null, Count(row["meeting"]));
            Assert.Equal(publishable ? group - meeting : null, Count(row["below"]));
        }
    }

    public static async Task PlanCoverageAsync(ApiFactory api, int year, string staffOn)
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "PlanCoverage", "planCoverage", new() { ["year"] = year });
        var truth = (await SqlAsync(api, $"""
            WITH {StaffSql}
            SELECT u.code, count(*)::int,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM development_plans d WHERE d.employee_id = s.employee_id
                       AND d.status IN ('Agreed', 'FollowedUp', 'Closed') AND daterange(d.period_start, d.period_end, '[]') && daterange(make_date(@year, 1, 1), make_date(@year, 12, 31), '[]')))::int
            FROM staff s JOIN organisation_units u ON u.id = s.unit_id GROUP BY u.code
            """, ("day", DateOnly.Parse(staffOn, System.Globalization.CultureInfo.InvariantCulture)), ("year", year)))
            .ToDictionary(r => (string)r[0]!, r => (Group: (int)r[1]!, Covered: (int)r[2]!));

        Assert.Equal(truth.Keys.Order(), rows.Select(r => Str(r["unitCode"])!).Order());
        Assert.Contains(rows, r => !r["suppressed"]!.GetValue<bool>());
        foreach (var row in rows)
        {
            var (group, covered) = truth[Str(row["unitCode"])!];
            Assert.Equal(staffOn, Str(row["staffOn"]));
            var publishable = group >= Minimum && covered is 0 or >= Minimum && group - covered is 0 or >= Minimum;
            Assert.Equal(!publishable, row["suppressed"]!.GetValue<bool>());
            Assert.Equal(publishable ? covered : null, Count(row["covered"]));
            Assert.Equal(publishable ? Math.Round((decimal)covered / group, 3) : null, row["share"]?.GetValue<decimal>());
        }
    }
}
