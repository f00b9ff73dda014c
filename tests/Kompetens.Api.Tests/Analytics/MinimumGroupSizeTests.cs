using Kompetens.Api.Tests.Infrastructure;
using static Kompetens.Api.Tests.Analytics.BiClient;

namespace Kompetens.Api.Tests.Analytics;

/// <summary>The service with a minimum group size of 12 instead of 5.</summary>
public sealed class MinimumTwelveFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["SmallGroups:MinimumSize"] = "12" };
}

public sealed class MinimumGroupSizeTests(MinimumTwelveFactory api) : IClassFixture<MinimumTwelveFactory>
{
    [Fact]
    public async Task The_minimum_group_size_is_a_setting_every_measure_follows()
    {
        var rows = await AllRowsAsync(api.GraphQL(TestTokens.Analytics), "PlanCoverage", "planCoverage", new() { ["year"] = 2025 });
        var staff = (await SqlAsync(api, $"WITH {StaffSql} SELECT u.code, count(*)::int FROM staff s JOIN organisation_units u ON u.id = s.unit_id GROUP BY u.code", ("day", new DateOnly(2025, 12, 31))))
            .ToDictionary(r => (string)r[0]!, r => (int)r[1]!);

        Assert.Contains(rows, r => staff[Str(r["unitCode"])!] is >= 5 and < 12);
        Assert.All(rows, r => Assert.Equal(staff[Str(r["unitCode"])!] >= 12 ? staff[Str(r["unitCode"])!] : null, Count(r["groupSize"])));
        Assert.All(rows.Where(r => Count(r["covered"]) is not null), r => Assert.True(Count(r["covered"]) is 0 or >= 12));
    }
}
