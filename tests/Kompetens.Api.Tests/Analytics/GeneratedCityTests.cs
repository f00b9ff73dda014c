using System.Diagnostics;
using Kompetens.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static Kompetens.Api.Tests.Analytics.BiClient;
using static Kompetens.Api.Tests.Analytics.MeasureChecks;

namespace Kompetens.Api.Tests.Analytics;

/// <summary>
/// The demo city with a generated administration of 3,000 more people: 10 departments of 8 workplaces of very
/// different sizes (some under the minimum group size), second posts, changed posts, self and manager assessments
/// on both sides of the reference day, unit and job-title requirements, and plans. Deterministic: no random numbers.
/// </summary>
public sealed class GeneratedCityFactory : ApiFactory
{
    public const int People = 3000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.ExecuteAsync(this, """
            INSERT INTO organisation_units (id, code, name_sv, kind, parent_id, created_at, updated_at)
            SELECT md5('gen-unit')::uuid, 'GEN', 'Genererad förvaltning', 'Administration', id, now(), now() FROM organisation_units WHERE parent_id IS NULL;
            INSERT INTO organisation_units (id, code, name_sv, kind, parent_id, created_at, updated_at)
            SELECT md5('gen-unit-' || d)::uuid, 'GEN-D' || d, 'Avdelning ' || d, 'Department', md5('gen-unit')::uuid, now(), now() FROM generate_series(0, 9) d;
            INSERT INTO organisation_units (id, code, name_sv, kind, parent_id, created_at, updated_at)
            SELECT md5('gen-unit-' || w)::uuid, 'GEN-D' || (w / 8) || '-W' || (w % 8), 'Arbetsplats ' || w, 'Workplace', md5('gen-unit-' || (w / 8))::uuid, now(), now()
            FROM generate_series(10, 89) w;

            -- Skewed sizes: low workplace numbers are large, high ones small.
            CREATE TEMP TABLE gen AS
            SELECT i, md5('gen-emp-' || i)::uuid AS id, 10 + floor(80 * power((i % 997) / 997.0, 2))::int AS w,
                   (ARRAY['Närvårdare', 'Klasslärare', 'Sjuksköterska', 'Kanslist'])[1 + i % 4] AS title
            FROM generate_series(1, 3000) i;
            INSERT INTO employees (id, employee_number, given_name, family_name, preferred_language, organisation_unit_id, job_title, status, employment_start_date, findable_by_competence, created_at, updated_at)
            SELECT id, 'G' || lpad(i::text, 5, '0'), 'Person', 'Nummer ' || i, 'sv', md5('gen-unit-' || w)::uuid, title, 'Active', '2020-01-01', false, now(), now() FROM gen;
            -- The primary post; every 50th person moved on 1.7.2026 from the workplace after theirs.
            INSERT INTO employments (id, employee_id, organisation_unit_id, job_title, start_date, end_date, "primary", extent_percent, created_at, updated_at)
            SELECT md5('gen-post-' || i)::uuid, id, md5('gen-unit-' || w)::uuid, title, CASE WHEN i % 50 = 0 THEN DATE '2026-07-01' ELSE DATE '2020-01-01' END, NULL, true, 100, now(), now() FROM gen;
            INSERT INTO employments (id, employee_id, organisation_unit_id, job_title, start_date, end_date, "primary", extent_percent, created_at, updated_at)
            SELECT md5('gen-old-' || i)::uuid, id, md5('gen-unit-' || (10 + (w - 9) % 80))::uuid, title, DATE '2020-01-01', DATE '2026-06-30', true, 100, now(), now() FROM gen WHERE i % 50 = 0;
            -- Every 10th person also holds a part-time post in another workplace: they still count once, in their primary unit.
            INSERT INTO employments (id, employee_id, organisation_unit_id, job_title, start_date, end_date, "primary", extent_percent, created_at, updated_at)
            SELECT md5('gen-second-' || i)::uuid, id, md5('gen-unit-' || (10 + (w + 3 - 10) % 80))::uuid, 'Kanslist', DATE '2024-01-01', NULL, false, 40, now(), now() FROM gen WHERE i % 10 = 0;

            CREATE TEMP TABLE gen_competences AS SELECT row_number() OVER (ORDER BY code)::int AS c, id FROM (SELECT id, code FROM competences WHERE status = 'Active' ORDER BY code LIMIT 6) k;
            INSERT INTO competence_assessments (id, employee_id, competence_id, level, assessor, assessed_at, created_at, updated_at)
            SELECT md5('gen-self-' || g.i || '-' || k.c)::uuid, g.id, k.id, 1 + (g.i * 31 + k.c * 17) % 5, 'Self', TIMESTAMPTZ '2026-03-01 08:00Z', now(), now()
            FROM gen g CROSS JOIN gen_competences k WHERE (g.i + k.c) % 3 <> 0;
            -- Managers assess every 4th person (their level wins over the self-assessment); every 9th after the reference day.
            INSERT INTO competence_assessments (id, employee_id, competence_id, level, assessor, assessed_at, created_at, updated_at)
            SELECT md5('gen-manager-' || g.i || '-' || k.c)::uuid, g.id, k.id, 1 + (g.i * 13 + k.c) % 5, 'Manager',
                   CASE WHEN g.i % 9 = 0 THEN TIMESTAMPTZ '2026-10-01 08:00Z' ELSE TIMESTAMPTZ '2026-05-01 08:00Z' END, now(), now()
            FROM gen g CROSS JOIN gen_competences k WHERE g.i % 4 = 0;

            INSERT INTO competence_requirements (id, organisation_unit_id, job_title, competence_id, required_level, headcount, horizon, target_date, created_at, updated_at)
            SELECT md5('gen-req-1')::uuid, md5('gen-unit')::uuid, NULL, id, 3, 500, 'Now', NULL::date, now(), now() FROM gen_competences WHERE c = 1
            UNION ALL SELECT md5('gen-req-2')::uuid, md5('gen-unit-2')::uuid, NULL, id, 4, 40, 'Now', NULL, now(), now() FROM gen_competences WHERE c = 2
            UNION ALL SELECT md5('gen-req-3')::uuid, NULL, 'Kanslist', id, 4, 100, 'Now', NULL, now(), now() FROM gen_competences WHERE c = 1
            UNION ALL SELECT md5('gen-req-4')::uuid, md5('gen-unit-3')::uuid, NULL, id, 4, 60, 'Future', DATE '2028-12-31', now(), now() FROM gen_competences WHERE c = 3;

            INSERT INTO development_plans (id, employee_id, period_start, period_end, status, created_at, updated_at)
            SELECT md5('gen-plan-' || i)::uuid, id, DATE '2025-01-01', DATE '2025-12-31', CASE WHEN i % 7 = 0 THEN 'Draft' ELSE 'Agreed' END, now(), now() FROM gen WHERE i % 3 = 0;

            -- Statistics as autovacuum would leave them: without them PostgreSQL plans for empty tables.
            ANALYZE;
            """);
    }
}

public sealed class GeneratedCityTests(GeneratedCityFactory api, ITestOutputHelper output) : IClassFixture<GeneratedCityFactory>
{
    private const string Day = "2026-09-01";

    [Fact]
    public async Task The_distribution_of_the_generated_city_matches_independent_sql_with_small_cells_and_their_siblings_suppressed()
    {
        var watch = Stopwatch.StartNew();
        var secondary = await DistributionAsync(api, Day);
        output.WriteLine($"competenceDistribution of {GeneratedCityFactory.People} + demo people, all pages and the checks: {watch.ElapsedMilliseconds} ms");

        Assert.True(secondary > 0);
    }

    [Fact]
    public async Task Each_measure_loads_the_whole_generated_city_page_by_page()
    {
        var client = api.GraphQL(TestTokens.Analytics);
        foreach (var (name, field, variables) in new (string, string, Dictionary<string, object?>)[]
        {
            ("CompetenceDistribution", "competenceDistribution", new() { ["asOf"] = Day }),
            ("CompetenceDistribution", "competenceDistribution", new() { ["asOf"] = Day, ["by"] = "DIMENSION" }),
            ("CompetenceGaps", "competenceGaps", new() { ["asOf"] = Day }),
            ("PlanCoverage", "planCoverage", new() { ["year"] = 2025 }),
            ("TrainingVolume", "trainingVolume", new() { ["from"] = "2025-01-01", ["to"] = "2026-12-31" }),
            ("StrategyAcknowledgementCoverage", "strategyAcknowledgementCoverage", new() { ["asOf"] = Day }),
        })
        {
            var watch = Stopwatch.StartNew();
            var rows = await AllRowsAsync(client, name, field, variables);
            // Timings are reported, never asserted (bench/ measures at scale).
            output.WriteLine($"{field} {string.Join(",", variables.Where(v => v.Key is not "skip" and not "take").Select(v => v.Value))}: {rows.Count} rows in {watch.ElapsedMilliseconds} ms");
            Assert.NotEmpty(rows);
            Assert.Contains(rows, r => r["suppressed"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task The_distribution_on_an_earlier_day_leaves_out_later_assessments_and_takes_the_posts_of_that_day()
    {
        await DistributionAsync(api, "2026-06-15");
    }

    [Fact]
    public async Task Gaps_of_the_generated_city_match_independent_sql()
    {
        await GapsAsync(api, Day, "NOW");
        await GapsAsync(api, Day, "FUTURE");
    }

    [Fact]
    public async Task Plan_coverage_of_the_generated_city_matches_independent_sql()
    {
        await PlanCoverageAsync(api, 2025, "2025-12-31");
    }

    [Fact]
    public async Task A_person_with_two_posts_counts_once_in_the_unit_of_the_primary_one()
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "PlanCoverage", "planCoverage", new() { ["year"] = 2025, ["unitCode"] = "GEN" });

        // Every 10th person holds a second post in another generated workplace; the units' staff still add up to the people.
        Assert.All(rows, r => Assert.StartsWith("GEN", Str(r["unitCode"]), StringComparison.Ordinal));
        Assert.Equal(GeneratedCityFactory.People, rows.Sum(r => r["groupSize"]?.GetValue<int>() ?? 0) + await SmallUnitsStaffAsync(rows));
    }

    private async Task<int> SmallUnitsStaffAsync(List<System.Text.Json.Nodes.JsonObject> rows)
    {
        var small = rows.Where(r => r["groupSize"] is null).Select(r => Str(r["unitCode"])!).ToArray();
        var counts = await SqlAsync(api, $"""
            WITH {StaffSql}
            SELECT count(*)::int FROM staff s JOIN organisation_units u ON u.id = s.unit_id WHERE u.code = ANY(@codes)
            """, ("day", new DateOnly(2025, 12, 31)), ("codes", small));
        return (int)counts[0][0]!;
    }
}
