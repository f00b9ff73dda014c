using Kompetens.Api.Data;
using Kompetens.Api.Data.Seed;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Security;

public sealed class AuditTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<(Guid PlanId, string Comment)> ChangeOwnPlanAsync()
    {
        var employeeId = await (await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.System, CancellationToken.None))
            .Employees.Where(e => e.EmployeeNumber == DemoCity.DemoEmployeeNumber).Select(e => e.Id).SingleAsync();
        var caller = new Caller { EmployeeId = employeeId, Actor = $"employee:{DemoCity.DemoEmployeeNumber}" };

        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenForChangesAsync(caller, "updateDevelopmentPlan", CancellationToken.None);
        var plan = await db.DevelopmentPlans.AsTracking().OrderBy(p => p.PeriodStart).FirstAsync();
        plan.ManagerComment = "Audited change " + Guid.NewGuid();
        await db.SaveChangesAsync();
        return (plan.Id, plan.ManagerComment);
    }

    [Fact]
    public async Task Changes_made_for_a_caller_are_logged_and_hr_can_read_the_log()
    {
        var (planId, comment) = await ChangeOwnPlanAsync();

        var data = await api.GraphQL().QueryAsync("""
            query($comment: String) { auditEntries(where: { entityType: { eq: "DevelopmentPlan" }, changes: { contains: $comment } }) {
              nodes { actor operation action entityId changes occurredAt } } }
            """, new { comment });

        var entry = Assert.Single(data["auditEntries"]!["nodes"]!.AsArray())!;
        Assert.Equal($"employee:{DemoCity.DemoEmployeeNumber}", entry["actor"]!.GetValue<string>());
        Assert.Equal("updateDevelopmentPlan", entry["operation"]!.GetValue<string>());
        Assert.Equal("UPDATED", entry["action"]!.GetValue<string>());
        Assert.Equal(planId.ToString(), entry["entityId"]!.GetValue<string>());
        Assert.Contains(comment, entry["changes"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_service_own_work_is_not_audited()
    {
        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.System, CancellationToken.None);
        db.FundingSources.Add(new Strategy.FundingSource { Name = "Internal", Kind = Strategy.FundingSourceKind.OwnBudget });
        await db.SaveChangesAsync();

        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == "FundingSource"));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task The_database_refuses_to_change_the_log(string sql)
    {
        await ChangeOwnPlanAsync();
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText);
    }
}
