using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Parental and study leave are exactly when people plan their development: an employee on leave, signed in as
/// herself, keeps her own profile and plans and can draft a plan; only people who have left (Terminated) lose access.
/// </summary>
public sealed class OnLeaveAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<(Guid ObjectId, string Number)> OnLeaveAsync()
    {
        var rows = await TestData.ListAsync<string>(api,
            "SELECT entra_object_id::text || ' ' || employee_number FROM employees WHERE status = 'OnLeave' AND entra_object_id IS NOT NULL ORDER BY employee_number LIMIT 1");
        var parts = rows.Single().Split(' ');
        return (Guid.Parse(parts[0]), parts[1]);
    }

    [Fact]
    public async Task An_employee_on_leave_reads_her_own_record_profile_and_plans()
    {
        var (objectId, number) = await OnLeaveAsync();
        var onLeave = api.GraphQL(TestTokens.User(objectId));

        var me = await onLeave.QueryAsync("{ me { employeeNumber status competenceProfile { level } } developmentPlans { totalCount } }");

        Assert.Equal(number, me["me"]!["employeeNumber"]!.GetValue<string>());
        Assert.Equal("ON_LEAVE", me["me"]!["status"]!.GetValue<string>());
        Assert.NotNull(me["developmentPlans"]);
    }

    [Fact]
    public async Task An_employee_on_leave_drafts_a_plan_for_her_return()
    {
        var (objectId, _) = await OnLeaveAsync();

        var drafted = await api.GraphQL(TestTokens.User(objectId)).MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { status }",
            new { periodStart = "2031-01-01", periodEnd = "2031-12-31" });

        Assert.Null(drafted["errors"]);
        Assert.Equal("DRAFT", drafted["developmentPlan"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_who_has_left_the_city_is_nobody()
    {
        var oid = Guid.NewGuid();
        await TestData.ExecuteAsync(api, """
            UPDATE employees SET entra_object_id = @oid
            WHERE id = (SELECT id FROM employees WHERE status = 'Terminated' ORDER BY employee_number LIMIT 1)
            """, ("oid", oid));

        var me = await api.GraphQL(TestTokens.User(oid)).PostAsync("{ me { id } }");

        Assert.Equal("AUTH_NOT_AUTHORIZED", me.FirstErrorCode);
    }
}
