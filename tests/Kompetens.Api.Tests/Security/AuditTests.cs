using Kompetens.Api.Audit;
using Kompetens.Api.Strategy;
using Kompetens.Api.Data;
using Kompetens.Api.DemoData;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Security;

public sealed class AuditTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>Sara assesses one of her competences through the API.</summary>
    private async Task<string> AssessOwnCompetenceAsync()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var competence = (await sara.QueryAsync("{ competences(where: { status: { eq: ACTIVE } }, first: 1) { nodes { id } } }"))["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var payload = await sara.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 3 });
        Assert.Null(payload["errors"]);
        return payload["competenceAssessment"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Changes_made_for_a_caller_are_logged_and_hr_can_read_the_log()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var planId = (await manager.QueryAsync("{ developmentPlans(where: { status: { eq: SUBMITTED } }, first: 1) { nodes { id } } }"))["developmentPlans"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var comment = "Audited change " + Guid.NewGuid();
        var returned = await manager.MutateAsync("returnDevelopmentPlan", "ReturnDevelopmentPlanInput", "developmentPlan { id }", new { planId, comment });
        Assert.Null(returned["errors"]);

        var data = await api.GraphQL().QueryAsync("""
            query($comment: String) { auditEntries(where: { entityType: { eq: "DevelopmentPlan" }, changes: { contains: $comment } }) {
              nodes { actor operation action entityId changes occurredAt } } }
            """, new { comment });

        var entry = Assert.Single(data["auditEntries"]!["nodes"]!.AsArray())!;
        Assert.Equal($"employee:{DemoCity.DemoManagerNumber}", entry["actor"]!.GetValue<string>());
        Assert.Equal("returnDevelopmentPlan", entry["operation"]!.GetValue<string>());
        Assert.Equal("UPDATED", entry["action"]!.GetValue<string>());
        Assert.True(GlobalId.TryParse(planId, out _, out var id));
        Assert.Equal(id.ToString(), entry["entityId"]!.GetValue<string>());
        Assert.Contains(comment, entry["changes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creating_through_the_api_is_logged_with_the_caller_and_the_mutation()
    {
        var assessmentId = await AssessOwnCompetenceAsync();
        Assert.True(GlobalId.TryParse(assessmentId, out _, out var id));

        var data = await api.GraphQL().QueryAsync("""
            query($id: UUID) { auditEntries(where: { entityType: { eq: "CompetenceAssessment" }, entityId: { eq: $id } }) { nodes { actor operation action } } }
            """, new { id = id.ToString() });

        var entry = Assert.Single(data["auditEntries"]!["nodes"]!.AsArray())!;
        Assert.Equal($"employee:{DemoCity.DemoEmployeeNumber}", entry["actor"]!.GetValue<string>());
        Assert.Equal("assessCompetence", entry["operation"]!.GetValue<string>());
        Assert.Equal("CREATED", entry["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_service_own_work_is_not_audited()
    {
        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, CancellationToken.None);
        db.FundingSources.Add(new Strategy.FundingSource { Name = new() { Sv = "Internal" }, Kind = Strategy.FundingSourceKind.OwnBudget });
        await db.SaveChangesAsync();

        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == "FundingSource"));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task The_database_refuses_to_change_the_log(string sql)
    {
        await AssessOwnCompetenceAsync();
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText);
    }
}
