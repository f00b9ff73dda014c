using Kompetens.Api.Tests.Infrastructure;
using static Kompetens.Api.Tests.Payroll.PayrollBatches;

namespace Kompetens.Api.Tests.Payroll;

/// <summary>A full sync closes and ends what the complete set no longer has, and deletes nothing (its own database: a full set speaks for everything).</summary>
public sealed class PayrollFullSyncTests(EmptyApiFactory api) : IClassFixture<EmptyApiFactory>
{
    [Fact]
    public async Task A_full_set_without_some_people_and_a_unit_terminates_and_closes_them_and_keeps_their_history()
    {
        var payroll = api.GraphQL(TestTokens.Payroll);
        var today = Today;
        var units = City(workplaces: 3);
        var people = People(30, workplaces: 3);
        var first = await payroll.SyncUnitsAsync("full-units-1", "FULL", units);
        Assert.Equal(5, first.Count("created"));
        Assert.Equal(30, (await payroll.SyncEmployeesAsync("full-people-1", "FULL", people)).Count("created"));

        // W03 is gone from payroll, and so are P00028–P00030 (P00030 with a second post).
        var units2 = await payroll.SyncUnitsAsync("full-units-2", "FULL", units.Where(u => (string)u["code"]! != "W03"));
        Assert.Equal(1, units2.Count("closed"));
        Assert.Equal(4, units2.Count("unchanged"));
        var people2 = await payroll.SyncEmployeesAsync("full-people-2", "FULL", people.Take(27));
        Assert.Equal(27, people2.Count("unchanged"));
        Assert.Equal(3, people2.Count("terminated"));

        var gone = await payroll.EmployeeAsync("P00030");
        Assert.Equal("TERMINATED", gone["status"]!.GetValue<string>());
        Assert.All(gone["employments"]!.AsArray(), e => Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e!["endDate"]!.GetValue<string>()));
        Assert.Equal("ACTIVE", (await payroll.EmployeeAsync("P00001"))["status"]!.GetValue<string>());

        var closed = await payroll.QueryAsync("""{ organisationUnits(where: { code: { eq: "W03" } }) { nodes { code closedOn employments { startDate } } } }""");
        var w03 = closed["organisationUnits"]!["nodes"]![0]!;
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), w03["closedOn"]!.GetValue<string>());
        Assert.NotEmpty(w03["employments"]!.AsArray());

        // Nothing is deleted: 30 people, five units; and they come back when payroll sends them again.
        Assert.Equal(30, (await payroll.QueryAsync("{ employees { totalCount } }"))["employees"]!["totalCount"]!.GetValue<int>());
        var back = await payroll.SyncEmployeesAsync("full-people-3", "DELTA", people.Skip(29));
        Assert.Equal(1, back.Count("updated"));
        Assert.Equal("ACTIVE", (await payroll.EmployeeAsync("P00030"))["status"]!.GetValue<string>());
        var reopened = await payroll.SyncUnitsAsync("full-units-3", "DELTA", units.Where(u => (string)u["code"]! == "W03"));
        Assert.Equal(1, reopened.Count("updated"));
    }
}
