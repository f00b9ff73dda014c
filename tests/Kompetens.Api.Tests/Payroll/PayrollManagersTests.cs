using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;
using static Kompetens.Api.Tests.Payroll.PayrollBatches;

namespace Kompetens.Api.Tests.Payroll;

/// <summary>In the demo city: a second employment synced from payroll gives the person a second manager, who may then approve their plan.</summary>
public sealed class PayrollManagersTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_manager_of_a_second_employment_sees_the_person_and_agrees_their_plan()
    {
        var unit = await api.GraphQL().QueryAsync("""{ organisationUnits(where: { code: { eq: "SOC-ALD-01" } }) { nodes { manager { entraObjectId } } } }""");
        var otherManager = TestTokens.User(Guid.Parse(unit["organisationUnits"]!["nodes"]![0]!["manager"]!["entraObjectId"]!.GetValue<string>()));
        const string Sara = """{ employees(where: { employeeNumber: { eq: "E10042" } }) { totalCount } }""";
        Assert.Equal(0, (await api.GraphQL(otherManager).QueryAsync(Sara))["employees"]!["totalCount"]!.GetValue<int>());

        var sara = Person(DemoCity.DemoEmployeeNumber, DemoCity.DemoEmployeeObjectId,
            Post(DemoCity.DemoUnitCode, "Utvecklingspedagog", start: new(2016, 8, 1), extent: 80),
            Post("SOC-ALD-01", "Handledare", start: new(2026, 1, 1), primary: false, extent: 20));
        sara["givenName"] = "Sara";
        sara["familyName"] = "Lindholm";
        sara["email"] = "sara.lindholm@stad.example";
        var sync = await api.GraphQL(TestTokens.Payroll).SyncEmployeesAsync("second-post", "DELTA", [sara]);
        Assert.Equal(1, sync.Count("updated"));
        Assert.Equal(1, (await api.GraphQL(otherManager).QueryAsync(Sara))["employees"]!["totalCount"]!.GetValue<int>());

        var ids = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            { service: strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } }
              competences(where: { status: { eq: ACTIVE } }, first: 1) { nodes { id } } }
            """);
        var draft = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id }", new
        {
            periodStart = "2035-01-01",
            periodEnd = "2035-12-31",
            strategyGoalIds = new[] { ids["service"]!["nodes"]![0]!["id"]!.GetValue<string>() },
            goals = new[] { new { competenceId = ids["competences"]!["nodes"]![0]!["id"]!.GetValue<string>(), currentLevel = 2, targetLevel = 4, dueDate = "2027-05-31" } },
        });
        var planId = draft["developmentPlan"]!["id"]!.GetValue<string>();
        await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("submitDevelopmentPlan", "SubmitDevelopmentPlanInput", "developmentPlan { status }", new { planId });

        var agreed = await api.GraphQL(otherManager).MutateAsync("agreeDevelopmentPlan", "AgreeDevelopmentPlanInput", "developmentPlan { status }", new { planId });

        Assert.Null(agreed["errors"]);
        Assert.Equal("AGREED", agreed["developmentPlan"]!["status"]!.GetValue<string>());
    }
}
