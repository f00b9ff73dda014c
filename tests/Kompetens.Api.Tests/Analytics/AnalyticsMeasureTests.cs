using System.Net;
using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;
using static Kompetens.Api.Tests.Analytics.BiClient;
using static Kompetens.Api.Tests.Analytics.MeasureChecks;

namespace Kompetens.Api.Tests.Analytics;

/// <summary>The BI measures on the demo city, read with the analytics token through the committed operations (schema/operations/bi).</summary>
public sealed class AnalyticsMeasureTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Day = "2026-09-01";

    [Fact]
    public async Task The_competence_distribution_counts_people_per_level_as_independent_sql_does_and_suppresses_small_cells_and_their_next_sibling()
    {
        var secondary = await DistributionAsync(api, Day);

        Assert.True(secondary > 0, "the demo city has cells suppressed only to protect a sibling");
    }

    [Fact]
    public async Task The_distribution_by_dimension_splits_each_units_staff_by_their_highest_level()
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "CompetenceDistribution", "competenceDistribution", new() { ["asOf"] = Day, ["by"] = "DIMENSION", ["unitCode"] = "BILD" });
        var truth = (await SqlAsync(api, $"""
            WITH RECURSIVE {StaffSql}, {LatestSql},
            bild AS (SELECT id FROM organisation_units WHERE code = 'BILD' UNION SELECT u.id FROM organisation_units u JOIN bild b ON u.parent_id = b.id),
            highest AS (
                SELECT s.unit_id, s.employee_id, k.dimension, max(l.level) AS level FROM staff s JOIN latest l ON l.employee_id = s.employee_id
                JOIN competences k ON k.id = l.competence_id WHERE s.unit_id IN (SELECT id FROM bild) GROUP BY s.unit_id, s.employee_id, k.dimension)
            SELECT u.code, h.dimension, h.level, count(*)::int FROM highest h JOIN organisation_units u ON u.id = h.unit_id GROUP BY u.code, h.dimension, h.level
            """, ("day", DateOnly.Parse(Day, System.Globalization.CultureInfo.InvariantCulture)))).ToDictionary(r => ((string)r[0]!, ((string)r[1]!).ToUpperInvariant(), (int?)r[2]), r => (int)r[3]!);

        Assert.All(rows, r => Assert.Null(r["competenceCode"]));
        foreach (var row in rows.Where(r => Count(r["level"]) is not null))
        {
            var dimension = Str(row["dimension"])!.Replace("_", "", StringComparison.Ordinal);
            var actual = truth[(Str(row["unitCode"])!, dimension, Count(row["level"]))];
            Assert.Equal(row["suppressed"]!.GetValue<bool>() ? null : actual, Count(row["count"]));
        }

        foreach (var group in rows.GroupBy(r => (Str(r["unitCode"]), Str(r["dimension"]))))
        {
            Assert.True(group.Count(r => Count(r["level"]) is null) <= 1);
            if (group.All(r => !r["suppressed"]!.GetValue<bool>()))
            {
                Assert.Equal(Count(group.First()["groupSize"]), group.Sum(r => Count(r["count"])));
            }
        }
    }

    [Theory]
    [InlineData("NOW")]
    [InlineData("FUTURE")]
    public async Task Gaps_count_the_people_a_requirement_applies_to_once_each_including_job_title_requirements(string horizon)
    {
        await GapsAsync(api, Day, horizon);
    }

    [Fact]
    public async Task A_job_title_requirement_reaches_the_holders_of_the_title_in_every_unit()
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "CompetenceGaps", "competenceGaps", new() { ["asOf"] = Day });
        var holders = await SqlAsync(api, $"""
            WITH {StaffSql}
            SELECT DISTINCT u.code FROM staff s JOIN organisation_units u ON u.id = s.unit_id WHERE s.job_title = 'Klasslärare'
            """, ("day", DateOnly.Parse(Day, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.NotEmpty(holders);
        Assert.All(holders, h => Assert.Contains(rows, r => Str(r["unitCode"]) == (string)h[0]! && Str(r["competenceCode"]) == "F-DIG-05"));
    }

    [Fact]
    public async Task Plan_coverage_counts_staff_with_an_agreed_plan_for_the_year()
    {
        // The service's clock is the machine's; 2025 is over, so its staff are those of its last day.
        await PlanCoverageAsync(api, 2025, "2025-12-31");
    }

    [Fact]
    public async Task Strategy_acknowledgement_coverage_counts_staff_who_read_each_item()
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "StrategyAcknowledgementCoverage", "strategyAcknowledgementCoverage", new() { ["asOf"] = Day });
        var truth = (await SqlAsync(api, $"""
            WITH {StaffSql}
            SELECT u.code, i.id, count(*)::int, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM strategy_acknowledgements a
                WHERE a.employee_id = s.employee_id AND a.strategy_item_id = i.id AND a.acknowledged_at < '2026-09-02T00:00:00Z'))::int
            FROM staff s JOIN organisation_units u ON u.id = s.unit_id CROSS JOIN strategy_items i GROUP BY u.code, i.id
            """, ("day", DateOnly.Parse(Day, System.Globalization.CultureInfo.InvariantCulture))))
            .ToDictionary(r => ((string)r[0]!, Kompetens.GraphQL.Data.Ids.GlobalId.Format("StrategyItem", (Guid)r[1]!)), r => (Group: (int)r[2]!, Read: (int)r[3]!));

        Assert.Equal(truth.Count, rows.Count);
        Assert.Contains(rows, r => !r["suppressed"]!.GetValue<bool>() && Count(r["acknowledged"]) > 0);
        foreach (var row in rows)
        {
            var (group, read) = truth[(Str(row["unitCode"])!, Str(row["strategyItemId"])!)];
            var publishable = group >= Minimum && read is 0 or >= Minimum && group - read is 0 or >= Minimum;
            Assert.Equal(publishable ? read : null, Count(row["acknowledged"]));
            Assert.Equal(!publishable, row["suppressed"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Training_volume_per_month_matches_sql_and_no_suppressed_month_is_its_year_minus_the_published_months()
    {
        var client = api.GraphQL(TestTokens.Analytics);
        var months = await AllRowsAsync(client, "TrainingVolume", "trainingVolume", new() { ["from"] = "2025-01-01", ["to"] = "2026-12-31" });
        var years = await AllRowsAsync(client, "TrainingVolume", "trainingVolume", new() { ["from"] = "2025-01-01", ["to"] = "2026-12-31", ["period"] = "YEAR" });
        var truth = (await SqlAsync(api, """
            WITH taken AS (
                SELECT en.employee_id, en.status, ev.funding_source_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date AS month, t.hours,
                       ev.cost / count(*) OVER (PARTITION BY ev.id) AS cost, (ev.starts_at AT TIME ZONE 'UTC')::date AS day
                FROM enrolments en JOIN training_events ev ON ev.id = en.training_event_id JOIN trainings t ON t.id = ev.training_id
                WHERE en.status IN ('Attended', 'Completed')),
            placed AS (
                SELECT x.*, (SELECT m.organisation_unit_id FROM employments m WHERE m.employee_id = x.employee_id AND daterange(m.start_date, m.end_date, '[]') @> x.day
                             ORDER BY m."primary" DESC, m.extent_percent DESC, m.start_date, m.id LIMIT 1) AS unit_id
                FROM taken x)
            SELECT u.code, p.month, p.funding_source_id, count(DISTINCT p.employee_id)::int, count(*) FILTER (WHERE p.status = 'Completed')::int, sum(p.hours), round(sum(p.cost), 2)
            FROM placed p JOIN organisation_units u ON u.id = p.unit_id WHERE p.month >= '2025-01-01' AND p.month < '2027-01-01'
            GROUP BY u.code, p.month, p.funding_source_id
            """)).ToDictionary(r => ((string)r[0]!, ((DateOnly)r[1]!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (Guid?)r[2]), r => (People: (int)r[3]!, Completed: (int)r[4]!, Hours: (decimal)r[5]!, Cost: (decimal)r[6]!));

        Assert.Equal(truth.Count, months.Count);
        Assert.Contains(months, m => m["suppressed"]!.GetValue<bool>());
        Assert.Contains(months, m => !m["suppressed"]!.GetValue<bool>());
        foreach (var month in months)
        {
            var actual = truth[Key(month)];
            Assert.Equal(actual.People < Minimum, month["suppressed"]!.GetValue<bool>() && actual.People < Minimum);
            if (!month["suppressed"]!.GetValue<bool>())
            {
                Assert.Equal(actual.People, Count(month["participants"]));
                Assert.Equal(actual.Completed, Count(month["completedEnrolments"]));
                Assert.Equal(actual.Hours, month["hours"]!.GetValue<decimal>());
                Assert.Equal(actual.Cost, month["cost"]!.GetValue<decimal>());
            }
        }

        // Costs are rounded to cents per row, so a year and the sum of its months may differ by a cent or two.
        foreach (var year in years.Where(y => !y["suppressed"]!.GetValue<bool>()))
        {
            var parts = months.Where(m => Str(m["unitCode"]) == Str(year["unitCode"]) && Str(m["fundingSourceId"]) == Str(year["fundingSourceId"])
                && Str(m["periodStart"])![..4] == Str(year["periodStart"])![..4]).ToList();
            NoSuppressedPartIsTheRest(year["hours"]!.GetValue<decimal>(), parts.Select(m => (m["hours"]?.GetValue<decimal>(), truth[Key(m)].Hours)));
            NoSuppressedPartIsTheRest(year["cost"]!.GetValue<decimal>(), parts.Select(m => (m["cost"]?.GetValue<decimal>(), truth[Key(m)].Cost)), rounding: 0.005m);
        }

        static (string, string, Guid?) Key(JsonObject row) => (Str(row["unitCode"])!, Str(row["periodStart"])!,
            Str(row["fundingSourceId"]) is { } id && Kompetens.GraphQL.Data.Ids.GlobalId.TryParse(id, out _, out var key) ? key : null);
    }

    [Fact]
    public async Task The_annual_personnel_plan_counts_people_from_the_same_staff_as_the_measures()
    {
        var unit = (await api.GraphQL().QueryAsync("""{ organisationUnits(where: { code: { eq: "BILD" } }) { nodes { id } } }"""))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var plan = (await api.GraphQL(TestTokens.Analytics).QueryAsync(Operation("AnnualPersonnelPlan"), new { unit, year = 2025 }))["annualPersonnelPlan"]!;
        var truth = (await SqlAsync(api, $"""
            WITH RECURSIVE {StaffSql},
            bild AS (SELECT id FROM organisation_units WHERE code = 'BILD' UNION SELECT u.id FROM organisation_units u JOIN bild b ON u.parent_id = b.id)
            SELECT u.code, coalesce(s.job_title, ''), count(*)::int,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enrolments en JOIN training_events ev ON ev.id = en.training_event_id
                       WHERE en.employee_id = s.employee_id AND en.status NOT IN ('Cancelled', 'NoShow') AND ev.status <> 'Cancelled'
                         AND ev.starts_at >= '2025-01-01T00:00:00Z' AND ev.starts_at < '2026-01-01T00:00:00Z'))::int
            FROM staff s JOIN organisation_units u ON u.id = s.unit_id WHERE s.unit_id IN (SELECT id FROM bild) GROUP BY u.code, coalesce(s.job_title, '')
            """, ("day", new DateOnly(2025, 12, 31)))).ToDictionary(r => ((string)r[0]!, (string)r[1]!), r => (Employees: (int)r[2]!, Planned: (int)r[3]!));

        var groups = plan["staffGroups"]!.AsArray();
        Assert.Equal(truth.Count, groups.Count);
        foreach (var group in groups)
        {
            var (employees, planned) = truth[(Str(group!["organisationUnit"]!["code"])!, Str(group["staffGroup"])!)];
            Assert.Equal(employees, Count(group["employees"]));
            Assert.Equal(employees < Minimum, group["suppressed"]!.GetValue<bool>());
            var publishable = employees >= Minimum && planned is 0 or >= Minimum && employees - planned is 0 or >= Minimum;
            Assert.Equal(publishable ? planned : null, Count(group["plannedParticipants"]));
        }
    }

    [Theory]
    [InlineData("employee")]
    [InlineData("manager")]
    [InlineData("payroll")]
    public async Task Employee_manager_and_payroll_tokens_are_refused_as_any_other_refusal(string caller)
    {
        var token = caller switch { "employee" => TestTokens.DemoEmployee, "manager" => TestTokens.DemoManager, _ => TestTokens.Payroll };
        var client = api.GraphQL(token);

        var refused = await client.PostAsync(Operation("CompetenceDistribution"), new { asOf = Day });
        var auditLog = await client.PostAsync("{ auditEntries { totalCount } }");

        Assert.Equal(auditLog.Status, refused.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.FirstErrorCode);
        Assert.Equal(auditLog.FirstErrorCode, refused.FirstErrorCode);
        Assert.Null(refused.Data);
        Assert.Equal(Shape(auditLog.Errors![0]!), Shape(refused.Errors![0]!));

        static string Shape(JsonNode error) => string.Join(",", error.AsObject().Select(p => p.Key).Order()) + "|" + string.Join(",", error["extensions"]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task A_unit_of_fewer_than_five_people_shows_neither_its_size_nor_its_counts()
    {
        var small = await SqlAsync(api, $"""
            WITH {StaffSql}
            SELECT u.code, count(*)::int FROM staff s JOIN organisation_units u ON u.id = s.unit_id GROUP BY u.code HAVING count(*) < 5 ORDER BY u.code LIMIT 1
            """, ("day", DateOnly.Parse(Day, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.NotEmpty(small);
        var unit = (string)small[0][0]!;
        var client = api.GraphQL(TestTokens.Analytics);

        var coverage = await AllRowsAsync(client, "StrategyAcknowledgementCoverage", "strategyAcknowledgementCoverage", new() { ["unitCode"] = unit, ["includeSubunits"] = false, ["asOf"] = Day });
        var distribution = await AllRowsAsync(client, "CompetenceDistribution", "competenceDistribution", new() { ["unitCode"] = unit, ["includeSubunits"] = false, ["asOf"] = Day });

        Assert.NotEmpty(coverage);
        Assert.All(coverage.Concat(distribution), row =>
        {
            Assert.Equal(unit, Str(row["unitCode"]));
            Assert.True(row["suppressed"]!.GetValue<bool>());
            Assert.Null(row["groupSize"]);
        });
        Assert.All(coverage, row => Assert.Null(row["acknowledged"]));
        Assert.All(distribution, row => Assert.Null(row["count"]));
    }

    [Fact]
    public async Task Hr_reads_the_measures_too()
    {
        var segment = (await api.GraphQL().QueryAsync(Operation("PlanCoverage"), new { year = 2026, take = 5 }))["analytics"]!["planCoverage"]!;

        Assert.Equal(5, segment["items"]!.AsArray().Count);
        Assert.True(segment["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_statement_count_does_not_grow_with_the_units_or_rows()
    {
        var client = api.GraphQL(TestTokens.Analytics);
        int Statements() => api.Sql.Statements.Count;

        async Task<(int Statements, int Rows)> Measure(string operation, object variables)
        {
            await client.QueryAsync(operation, variables);
            api.Sql.Clear();
            var data = await client.QueryAsync(operation, variables);
            var field = data["analytics"]!.AsObject().Single().Value!;
            return (Statements(), field["totalCount"]!.GetValue<int>());
        }

        foreach (var (name, variables) in new (string, Func<string?, object>)[]
        {
            ("CompetenceDistribution", unit => new { unitCode = unit, asOf = Day }),
            ("CompetenceGaps", unit => new { unitCode = unit, asOf = Day }),
            ("PlanCoverage", unit => new { unitCode = unit, year = 2026 }),
            ("TrainingVolume", unit => new { unitCode = unit, from = "2025-01-01", to = "2026-12-31" }),
            ("StrategyAcknowledgementCoverage", unit => new { unitCode = unit, asOf = Day }),
        })
        {
            var one = await Measure(Operation(name), variables("BILD-GRU-01"));
            var city = await Measure(Operation(name), variables(null));

            Assert.True(city.Rows > one.Rows, $"{name}: the city has more rows than one school");
            Assert.Equal(1, city.Statements);
            Assert.Equal(2, one.Statements); // the unit code looked up, then the measure
        }
    }

    [Fact]
    public async Task Pages_read_with_skip_and_take_add_up_to_the_whole_measure()
    {
        var client = api.GraphQL(TestTokens.Analytics);
        var whole = await AllRowsAsync(client, "CompetenceDistribution", "competenceDistribution", new() { ["asOf"] = Day, ["unitCode"] = "SOC" });
        var paged = await AllRowsAsync(client, "CompetenceDistribution", "competenceDistribution", new() { ["asOf"] = Day, ["unitCode"] = "SOC" }, take: 37);

        Assert.True(whole.Count > 37);
        Assert.Equal(whole.Select(r => r.ToJsonString()), paged.Select(r => r.ToJsonString()));
    }

    [Theory]
    [InlineData("""{ analytics { competenceDistribution(take: 1001) { totalCount } } }""", "HC0051")]
    [InlineData("""{ analytics { competenceDistribution(skip: -1) { totalCount } } }""", "HC0079")]
    [InlineData("""{ analytics { competenceDistribution(unitCode: "NO-SUCH-UNIT") { totalCount } } }""", "NOT_FOUND")]
    [InlineData("""{ analytics { competenceDistribution(unitCode: "01234567890123456789012345678901234567890") { totalCount } } }""", "INVALID_INPUT")]
    [InlineData("""{ analytics { competenceDistribution(asOf: "1900-01-01") { totalCount } } }""", "INVALID_INPUT")]
    [InlineData("""{ analytics { planCoverage(year: 1999) { totalCount } } }""", "INVALID_INPUT")]
    [InlineData("""{ analytics { trainingVolume(from: "2026-01-01", to: "2025-01-01") { totalCount } } }""", "INVALID_INPUT")]
    [InlineData("""{ analytics { trainingVolume(from: "2000-01-01", to: "2026-01-01") { totalCount } } }""", "INVALID_INPUT")]
    [InlineData("""{ analytics { strategyAcknowledgementCoverage(strategyItem: "not-an-id") { totalCount } } }""", "INVALID_INPUT")]
    public async Task Bad_arguments_get_a_precise_error(string query, string code)
    {
        var result = await api.GraphQL(TestTokens.Analytics).PostAsync(query);

        Assert.Equal(code, result.FirstErrorCode);
    }
}
