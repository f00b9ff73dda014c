using Kompetens.Api.Tests.Infrastructure;
using static Kompetens.Api.Tests.Payroll.PayrollBatches;

namespace Kompetens.Api.Tests.Payroll;

/// <summary>The payroll integrator's contract, through HTTP with the payroll app's token, on a database that starts empty (as production does).</summary>
public sealed class PayrollSyncTests(EmptyApiFactory api) : IClassFixture<EmptyApiFactory>
{
    private readonly GraphQLClient payroll = api.GraphQL(TestTokens.Payroll);

    private async Task CityAsync()
    {
        var units = await payroll.SyncUnitsAsync("city-" + Guid.NewGuid(), "DELTA", City());
        Assert.Empty(units["rejected"]!.AsArray());
    }

    [Fact]
    public async Task A_realistic_batch_applies_every_good_record_and_rejects_each_bad_one_with_its_code()
    {
        await CityAsync();
        var batch = People(1980, first: 10_000);
        var extra = new List<(int At, Dictionary<string, object?> Record)>();
        for (var k = 0; k < 3; k++)
        {
            var missingName = Person($"B{k}A", null, Post("W01"));
            missingName["givenName"] = null;
            var noEmployment = Person($"B{k}B", null);
            var badEmail = Person($"B{k}C", null, Post("W01"));
            badEmail["email"] = "not-an-address";
            var endBeforeStart = Person($"B{k}D", null, Post("W01", start: new(2024, 5, 1), end: new(2024, 4, 30)));
            var unknownUnit = Person($"B{k}E", null, Post("NOPE"));
            var takenEntraId = Person($"B{k}F", Guid.Parse(batch[k * 100]["entraObjectId"]!.ToString()!), Post("W02"));
            var duplicate = Person(batch[k * 100 + 1]["employeeNumber"]!.ToString()!, null, Post("W03"));
            extra.AddRange([(k * 600 + 10, missingName), (k * 600 + 20, noEmployment), (k * 600 + 30, badEmail), (k * 600 + 40, endBeforeStart), (k * 600 + 50, unknownUnit), (k * 600 + 300, takenEntraId), (k * 600 + 400, duplicate)]);
        }

        var badLanguage = Person("B9G", null, Post("W01"));
        badLanguage["preferredLanguage"] = "de";
        extra.Add((1500, badLanguage));
        foreach (var (at, record) in extra.OrderByDescending(e => e.At))
        {
            batch.Insert(at, record);
        }

        var noNumber = Person("", null, Post("W01"));
        batch.Add(noNumber);
        Assert.Equal(2003, batch.Count);

        var first = await payroll.SyncEmployeesAsync("2026-12-01-full", "DELTA", batch);

        Assert.Null(first["errors"]);
        Assert.Equal(2003, first.Count("received"));
        Assert.Equal(1980, first.Count("created"));
        Assert.Equal(0, first.Count("updated"));
        Assert.Equal(23, first.Count("rejected"));
        Assert.Equal("PARTIALLY_SUCCEEDED", first["syncRun"]!["status"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, int>
        {
            ["MISSING_FIELD"] = 7, ["INVALID_EMAIL"] = 3, ["END_BEFORE_START"] = 3, ["UNKNOWN_UNIT"] = 3, ["ENTRA_ID_TAKEN"] = 3, ["DUPLICATE_KEY"] = 3, ["INVALID_VALUE"] = 1,
        }, first.Codes());
        var endBefore = first["rejected"]!.AsArray().First(r => r!["key"]!.GetValue<string>() == "B0D")!;
        Assert.Equal("employments[0].endDate", endBefore["field"]!.GetValue<string>());
        Assert.Equal("#2002", first["rejected"]!.AsArray().Single(r => r!["key"]!.GetValue<string>().StartsWith('#'))!["key"]!.GetValue<string>());

        var count = await payroll.QueryAsync("""{ employees(where: { employeeNumber: { startsWith: "P1" } }) { totalCount } }""");
        Assert.Equal(1980, count["employees"]!["totalCount"]!.GetValue<int>());
        var split = await payroll.EmployeeAsync("P10000");
        Assert.Equal(2, split["employments"]!.AsArray().Count);
        Assert.Equal("W01", split["organisationUnit"]!["code"]!.GetValue<string>());

        // The same batch again: nothing changes and the first run is returned.
        var again = await payroll.SyncEmployeesAsync("2026-12-01-full", "DELTA", batch);
        Assert.Equal(first["syncRun"]!["id"]!.ToJsonString(), again["syncRun"]!["id"]!.ToJsonString());
        Assert.Equal(first["rejected"]!.ToJsonString(), again["rejected"]!.ToJsonString());

        // The same records in a new batch: all unchanged, and the read-back of changes since before it is empty.
        var since = DateTimeOffset.UtcNow;
        var resent = await payroll.SyncEmployeesAsync("2026-12-02-full", "DELTA", batch);
        Assert.Equal(1980, resent.Count("unchanged"));
        Assert.Equal(0, resent.Count("created") + resent.Count("updated"));
        var changed = await payroll.QueryAsync(Operation("ChangedEmployees"), new { since });
        Assert.Equal(0, changed["employees"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(split["updatedAt"]!.GetValue<string>(), (await payroll.EmployeeAsync("P10000"))["updatedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changed_records_are_read_back_in_order_of_change()
    {
        await CityAsync();
        await payroll.SyncEmployeesAsync("readback-1", "DELTA", People(30, first: 30_000));
        var since = DateTimeOffset.UtcNow;
        var changedPeople = People(30, first: 30_000).Take(5).ToList();
        foreach (var person in changedPeople)
        {
            person["familyName"] = "Berg";
        }

        var delta = await payroll.SyncEmployeesAsync("readback-2", "DELTA", changedPeople);
        Assert.Equal(5, delta.Count("updated"));

        var changed = await payroll.QueryAsync(Operation("ChangedEmployees"), new { since });
        var nodes = changed["employees"]!["nodes"]!.AsArray();
        Assert.Equal(5, nodes.Count);
        Assert.Equal(nodes.Select(n => n!["updatedAt"]!.GetValue<DateTimeOffset>()).Order(), nodes.Select(n => n!["updatedAt"]!.GetValue<DateTimeOffset>()));
    }

    [Fact]
    public async Task A_dry_run_counts_and_rejects_as_a_real_run_but_writes_nothing()
    {
        await CityAsync();
        var before = (await payroll.QueryAsync("{ employees { totalCount } syncRuns { totalCount } }"));
        var batch = People(50, first: 40_000);
        batch.Add(Person("BAD1", null, Post("NOPE")));

        var dry = await payroll.SyncEmployeesAsync("dry-1", "DELTA", batch, dryRun: true);

        Assert.Equal(50, dry.Count("created"));
        Assert.Equal(1, dry.Count("rejected"));
        Assert.Equal(new Dictionary<string, int> { ["UNKNOWN_UNIT"] = 1 }, dry.Codes());
        var after = await payroll.QueryAsync("{ employees { totalCount } syncRuns { totalCount } }");
        Assert.Equal(before.ToJsonString(), after.ToJsonString());

        // Nothing was recorded: the same batch id applies for real afterwards.
        var real = await payroll.SyncEmployeesAsync("dry-1", "DELTA", batch);
        Assert.Equal(50, real.Count("created"));
    }

    [Fact]
    public async Task Two_batches_of_one_source_at_once_are_serialised_and_add_up()
    {
        await CityAsync();
        var a = People(300, first: 50_000);
        var b = People(300, first: 50_200);

        var runs = await Task.WhenAll(payroll.SyncEmployeesAsync("concurrent-a", "DELTA", a), payroll.SyncEmployeesAsync("concurrent-b", "DELTA", b));

        // The 100 people in both: created by whichever ran first, then (different Entra ids) updated or refused by the other.
        var created = runs.Sum(r => r.Count("created"));
        Assert.Equal(500, created);
        Assert.Equal(100, runs.Sum(r => r.Count("updated") + r.Count("unchanged") + r.Count("rejected")));
        var people = await payroll.QueryAsync("""{ employees(where: { employeeNumber: { startsWith: "P5" } }) { totalCount } }""");
        Assert.Equal(500, people["employees"]!["totalCount"]!.GetValue<int>());
        var (earlier, later) = runs[0]["syncRun"]!["startedAt"]!.GetValue<DateTimeOffset>() < runs[1]["syncRun"]!["startedAt"]!.GetValue<DateTimeOffset>() ? (runs[0], runs[1]) : (runs[1], runs[0]);
        Assert.True(earlier["syncRun"]!["finishedAt"]!.GetValue<DateTimeOffset>() <= later["syncRun"]!["startedAt"]!.GetValue<DateTimeOffset>(), "the runs interleaved");
    }

    [Fact]
    public async Task A_unit_batch_rejects_cycles_unknown_parents_and_duplicates_and_applies_the_rest()
    {
        var units = new List<Dictionary<string, object?>>
        {
            Unit("C-ROOT", null, "CITY"),
            Unit("C-B", "C-A"), // the parent comes later in the batch
            Unit("C-A", "C-ROOT", "DEPARTMENT"),
            Unit("C-X", "C-Y"), Unit("C-Y", "C-Z"), Unit("C-Z", "C-X"), // a cycle
            Unit("C-UNDER-X", "C-X"), // below the cycle: its parent is refused
            Unit("C-ORPHAN", "C-NOWHERE"),
            Unit("C-A", "C-ROOT"),
            Unit("C-SELF", "C-SELF"),
            Unit("", "C-ROOT"),
        };

        var run = await payroll.SyncUnitsAsync("units-cycle", "DELTA", units);

        Assert.Equal(11, run.Count("received"));
        Assert.Equal(3, run.Count("created"));
        Assert.Equal(new Dictionary<string, int> { ["UNIT_CYCLE"] = 4, ["UNKNOWN_UNIT"] = 2, ["DUPLICATE_KEY"] = 1, ["MISSING_FIELD"] = 1 }, run.Codes());
        var b = await payroll.QueryAsync("""{ organisationUnits(where: { code: { eq: "C-B" } }) { nodes { parent { code parent { code } } } } }""");
        Assert.Equal("C-A", b["organisationUnits"]!["nodes"]![0]!["parent"]!["code"]!.GetValue<string>());

        // Moving a stored unit below its own child is a cycle too.
        var move = await payroll.SyncUnitsAsync("units-cycle-2", "DELTA", [Unit("C-A", "C-B", "DEPARTMENT")]);
        Assert.Equal(new Dictionary<string, int> { ["UNIT_CYCLE"] = 1 }, move.Codes());
    }

    [Fact]
    public async Task A_batch_above_the_limit_is_refused_with_a_code()
    {
        var units = Enumerable.Range(0, 50_001).Select(_ => new Dictionary<string, object?>()).ToList();
        var client = api.GraphQL(TestTokens.Payroll);
        var body = await client.PostAsync(Operation("SyncOrganisationUnits"), new { input = new { source = "heroma", batchId = "too-big", mode = "DELTA", units } });

        // 50,001 empty records fit in the request limit; the sync refuses them as a whole.
        Assert.True(body.Data is not null, body.Body?.ToJsonString());
        Assert.Equal("BATCH_TOO_LARGE", body.Data!["syncOrganisationUnits"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_with_two_employments_is_seen_by_both_managers_and_a_move_changes_who_sees_them()
    {
        var today = Today;
        // The units name their managers before payroll has sent them: resolved when the employees arrive.
        await payroll.SyncUnitsAsync("managers-units", "DELTA",
            [Unit("M-ROOT", null, "CITY"), Unit("M-W1", "M-ROOT", manager: "M0001"), Unit("M-W2", "M-ROOT", manager: "M0002")]);
        var managerOne = Guid.NewGuid();
        var managerTwo = Guid.NewGuid();
        var mover = Guid.NewGuid();
        var sync = await payroll.SyncEmployeesAsync("managers-people", "DELTA",
        [
            Person("M0001", managerOne, Post("M-W1", "Enhetschef")),
            Person("M0002", managerTwo, Post("M-W2", "Enhetschef")),
            Person("M0010", Guid.NewGuid(), Post("M-W1", extent: 60), Post("M-W2", primary: false, extent: 40)),
            Person("M0011", mover, Post("M-W1")),
        ]);
        Assert.Empty(sync["rejected"]!.AsArray());

        async Task<string[]> SeenBy(Guid manager) =>
            (await api.GraphQL(TestTokens.User(manager)).QueryAsync("""{ employees(where: { employeeNumber: { in: ["M0010", "M0011"] } }) { nodes { employeeNumber } } }"""))
                ["employees"]!["nodes"]!.AsArray().Select(n => n!["employeeNumber"]!.GetValue<string>()).Order().ToArray();

        Assert.Equal(["M0010", "M0011"], await SeenBy(managerOne));
        Assert.Equal(["M0010"], await SeenBy(managerTwo));

        // M0011 moves: the post in M-W1 ended yesterday, a new one in M-W2 from today.
        var move = await payroll.SyncEmployeesAsync("managers-move", "DELTA",
            [Person("M0011", mover, Post("M-W1", end: today.AddDays(-1)), Post("M-W2", "Sjuksköterska", start: today))]);
        Assert.True(move["syncRun"] is not null, move.ToJsonString());
        Assert.Equal(1, move.Count("updated"));
        var moved = await payroll.EmployeeAsync("M0011");
        Assert.Equal("M-W2", moved["organisationUnit"]!["code"]!.GetValue<string>());
        Assert.Equal("Sjuksköterska", moved["jobTitle"]!.GetValue<string>());
        Assert.Equal(2, moved["employments"]!.AsArray().Count);

        // Row access decides in SQL which employments are current: no new sign-in is needed to see the move.
        Assert.Equal(["M0010"], await SeenBy(managerOne));
        Assert.Equal(["M0010", "M0011"], await SeenBy(managerTwo));
    }

    [Fact]
    public async Task Sync_runs_are_readable_by_hr_and_payroll_and_the_sync_is_not_open_to_others()
    {
        await CityAsync();
        var runs = await api.GraphQL(TestTokens.Admin).QueryAsync(Operation("SyncRuns"));
        Assert.NotEmpty(runs["syncRuns"]!["nodes"]!.AsArray());
        Assert.NotEmpty((await payroll.QueryAsync(Operation("SyncRuns")))["syncRuns"]!["nodes"]!.AsArray());

        var bi = await api.GraphQL(TestTokens.Analytics).PostAsync(Operation("SyncOrganisationUnits"), new { input = new { source = "bi", batchId = "x", mode = "DELTA", units = City() } });
        Assert.NotNull(bi.Errors);
    }
}
