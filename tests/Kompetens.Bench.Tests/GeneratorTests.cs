using Kompetens.Api.Tests.Infrastructure;
using Kompetens.Bench;
using Npgsql;

namespace Kompetens.Bench.Tests;

/// <summary>The generator: what it makes, that the sync took everyone in once, and that a seed always makes the same city.</summary>
public sealed class GeneratorTests(BenchCity city) : IClassFixture<BenchCity>
{
    [Fact]
    public void The_organisation_goes_in_through_the_payroll_sync_and_nothing_is_lost_or_doubled()
    {
        Assert.Empty(city.Generation.SyncProblems);
        var runs = city.Generation.Sync;
        Assert.Equal(["FULL unit sync", "FULL employee sync (all new)", "FULL employee sync, unchanged", "FULL employee sync, 2% changed"], runs.Select(r => r.Run));
        Assert.Equal(city.City.Units.Count, runs[0].Created);
        Assert.Equal(BenchCity.Employees, runs[1].Created);
        Assert.Equal(BenchCity.Employees, runs[2].Unchanged);
        Assert.Equal(BenchCity.Employees / 50, runs[3].Updated);
        Assert.All(runs, r => Assert.Equal("SUCCEEDED", r.Status));
    }

    [Fact]
    public async Task The_city_has_the_shape_of_a_real_one_scaled_to_its_size()
    {
        async Task<long> Count(string sql)
        {
            await using var command = city.Database.CreateCommand(sql);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(BenchCity.Employees, await Count("SELECT count(*) FROM employees"));
        Assert.Equal(4, await Count("SELECT count(DISTINCT kind) FROM organisation_units"));
        Assert.Equal(0, await Count("SELECT count(*) FROM organisation_units WHERE manager_id IS NULL"));
        // Every 8th person has a second, part-time post.
        Assert.InRange(await Count("SELECT count(*) FROM employments WHERE NOT \"primary\""), BenchCity.Employees / 8 - 5, BenchCity.Employees / 8);
        Assert.Equal(BulkData.Competences, await Count("SELECT count(*) FROM competences"));
        Assert.Equal(30 * BenchCity.Employees, await Count("SELECT count(*) FROM competence_assessments"));
        var plans = await Count("SELECT count(*) FROM development_plans");
        Assert.InRange(plans, BenchCity.Employees * 9 / 10, BenchCity.Employees * 13 / 10);
        Assert.Equal(0, await Count("SELECT count(*) FROM (SELECT plan_id FROM plan_goals GROUP BY plan_id HAVING count(*) NOT BETWEEN 3 AND 5) g"));
        Assert.Equal(0, await Count("SELECT count(*) FROM (SELECT plan_id FROM plan_activities GROUP BY plan_id HAVING count(*) NOT BETWEEN 4 AND 8) a"));
        Assert.Equal(0, await Count("SELECT count(*) FROM development_plans p WHERE NOT EXISTS (SELECT 1 FROM plan_goals g WHERE g.plan_id = p.id)"));
        var bulk = new BulkData(city.Database, city.City);
        Assert.Equal(bulk.Events, await Count("SELECT count(*) FROM training_events"));
        Assert.Equal(bulk.Teams, await Count("SELECT count(*) FROM teams"));
        Assert.True(await Count("SELECT count(*) FROM enrolments") >= bulk.TargetEnrolments);
        Assert.Equal(0, await Count("SELECT count(*) FROM (SELECT employee_id, training_event_id FROM enrolments GROUP BY 1, 2 HAVING count(*) > 1) d"));
        Assert.True(await Count("SELECT count(*) FROM competence_requirements WHERE organisation_unit_id IS NOT NULL") >= city.City.Units.Count - 1);
        Assert.Equal(2 * City.JobTitles.Length, await Count("SELECT count(*) FROM competence_requirements WHERE job_title IS NOT NULL AND organisation_unit_id IS NULL"));
    }

    [Fact]
    public async Task Tokens_can_be_minted_for_anyone_because_object_ids_follow_the_employee_number()
    {
        await using var command = city.Database.CreateCommand("SELECT employee_number, entra_object_id FROM employees");
        await using var reader = await command.ExecuteReaderAsync();
        var seen = 0;
        while (await reader.ReadAsync())
        {
            Assert.Equal(City.ObjectId(int.Parse(reader.GetString(0)[1..], System.Globalization.CultureInfo.InvariantCulture)), reader.GetGuid(1));
            seen++;
        }

        Assert.Equal(BenchCity.Employees, seen);
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_city_and_another_seed_another()
    {
        await using var again = new EmptyApiFactory();
        await again.InitializeAsync();
        await using var database = NpgsqlDataSource.Create(again.ConnectionString);
        var report = await BenchCity.GenerateAsync(again, City.Generate(BenchCity.Employees, BenchCity.Seed), database);
        Assert.Empty(report.SyncProblems);

        Assert.Equal(await Generator.ChecksumAsync(city.Database, CancellationToken.None), await Generator.ChecksumAsync(database, CancellationToken.None));
        Assert.Equal(city.Generation.Rows, report.Rows);
        Assert.NotEqual(
            City.Generate(BenchCity.Employees, BenchCity.Seed).Employees.Select(e => e.FamilyName + e.PrimaryEmployment.UnitCode),
            City.Generate(BenchCity.Employees, BenchCity.Seed + 1).Employees.Select(e => e.FamilyName + e.PrimaryEmployment.UnitCode));
    }
}
