using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Job rotation as the people who really take each step: Sara proposes, her manager and the manager of the receiving
/// unit (a workplace in Tekniska förvaltningen, signed in as themself) decide, and a rotation can be refused, withdrawn,
/// started and completed only once it has begun.
/// </summary>
public sealed class RotationWorkflowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Rotation = "jobRotation { id status fromUnitApprovedAt toUnitApprovedAt decisionComment }";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A workplace of Tekniska förvaltningen and a token of its own manager.</summary>
    private async Task<(string UnitId, GraphQLClient Manager)> ReceivingUnitAsync(int index = 0)
    {
        var units = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync(
            "{ organisationUnits(where: { kind: { eq: WORKPLACE }, parent: { parent: { code: { eq: \"TEK\" } } } }, order: [{ code: ASC }]) { nodes { id } } }");
        var unitId = units["organisationUnits"]!["nodes"]![index]!["id"]!.GetValue<string>();
        var managerOid = (await TestData.ListAsync<Guid>(api,
            "SELECT m.entra_object_id FROM organisation_units u JOIN employees m ON m.id = u.manager_id WHERE u.id = @id", ("id", TestData.Key(unitId)))).Single();
        return (unitId, api.GraphQL(TestTokens.User(managerOid)));
    }

    private async Task<string> ProposeAsync(string toUnitId, DateOnly startsOn, DateOnly endsOn) =>
        (await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("proposeJobRotation", "ProposeJobRotationInput", "jobRotation { id }",
            new { toUnitId, startsOn = startsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), endsOn = endsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), learningGoals = "Lära mig hur tekniska förvaltningen planerar" }))["jobRotation"]!["id"]!.GetValue<string>();

    private static JsonNode Approve(GraphQLClient client, string rotationId) =>
        client.MutateAsync("approveJobRotation", "ApproveJobRotationInput", Rotation, new { rotationId }).GetAwaiter().GetResult();

    [Fact]
    public async Task The_receiving_units_manager_sees_the_rotation_into_their_unit_and_gives_the_second_approval()
    {
        var (unitId, receiving) = await ReceivingUnitAsync();
        var rotationId = await ProposeAsync(unitId, new(2027, 3, 1), new(2027, 4, 30));

        var seen = await receiving.QueryAsync("query($id: ID!) { node(id: $id) { ... on JobRotation { id status toUnit { id } } } }", new { id = rotationId });
        var listed = await receiving.QueryAsync("{ jobRotations(where: { status: { eq: PROPOSED } }) { nodes { id } } }");
        var byOwnManager = await api.GraphQL(TestTokens.DemoManager).MutateAsync("approveJobRotation", "ApproveJobRotationInput", Rotation, new { rotationId });
        var byReceivingManager = await receiving.MutateAsync("approveJobRotation", "ApproveJobRotationInput", Rotation, new { rotationId });

        Assert.Equal(rotationId, seen["node"]!["id"]!.GetValue<string>());
        Assert.Contains(listed["jobRotations"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == rotationId);
        Assert.Equal("PROPOSED", byOwnManager["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Null(byReceivingManager["errors"]);
        Assert.Equal("APPROVED", byReceivingManager["jobRotation"]!["status"]!.GetValue<string>());
        Assert.NotNull(byReceivingManager["jobRotation"]!["toUnitApprovedAt"]);
    }

    [Fact]
    public async Task A_manager_of_neither_unit_can_neither_see_nor_decide_the_rotation()
    {
        var (unitId, _) = await ReceivingUnitAsync();
        var (_, otherManager) = await ReceivingUnitAsync(1);
        var rotationId = await ProposeAsync(unitId, new(2027, 5, 1), new(2027, 5, 31));

        var seen = await otherManager.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = rotationId });
        var approved = await otherManager.MutateAsync("approveJobRotation", "ApproveJobRotationInput", Rotation, new { rotationId });

        Assert.Null(seen["node"]);
        Assert.Equal("NOT_FOUND", GraphQLClient.ErrorCode(approved));
    }

    [Fact]
    public async Task The_receiving_manager_rejects_with_a_comment_and_a_rejected_rotation_cannot_be_approved()
    {
        var (unitId, receiving) = await ReceivingUnitAsync();
        var rotationId = await ProposeAsync(unitId, new(2027, 6, 1), new(2027, 6, 30));

        var noComment = await receiving.MutateAsync("rejectJobRotation", "RejectJobRotationInput", Rotation, new { rotationId, comment = " " });
        var rejected = await receiving.MutateAsync("rejectJobRotation", "RejectJobRotationInput", Rotation, new { rotationId, comment = "Ingen handledare under juni" });
        var approvedAfter = await api.GraphQL(TestTokens.DemoManager).MutateAsync("approveJobRotation", "ApproveJobRotationInput", Rotation, new { rotationId });
        var mine = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("query($id: ID!) { node(id: $id) { ... on JobRotation { status decisionComment } } }", new { id = rotationId });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(noComment));
        Assert.Equal("REJECTED", rejected["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(approvedAfter));
        Assert.Equal("Ingen handledare under juni", mine["node"]!["decisionComment"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_employee_withdraws_her_own_proposal()
    {
        var (unitId, _) = await ReceivingUnitAsync();
        var rotationId = await ProposeAsync(unitId, new(2027, 8, 1), new(2027, 8, 31));

        var cancelled = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("cancelJobRotation", "CancelJobRotationInput", Rotation, new { rotationId, comment = "Vi byter arbetsplats i höst" });
        var cancelledAgain = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("cancelJobRotation", "CancelJobRotationInput", Rotation, new { rotationId });

        Assert.Equal("CANCELLED", cancelled["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(cancelledAgain));
    }

    [Fact]
    public async Task An_approved_rotation_is_not_started_or_completed_before_its_first_day()
    {
        var (unitId, receiving) = await ReceivingUnitAsync();
        var rotationId = await ProposeAsync(unitId, Today.AddDays(30), Today.AddDays(60));
        Approve(api.GraphQL(TestTokens.DemoManager), rotationId);
        Approve(receiving, rotationId);

        var startedEarly = await receiving.MutateAsync("startJobRotation", "StartJobRotationInput", Rotation, new { rotationId });
        var completedEarly = await api.GraphQL(TestTokens.DemoManager).MutateAsync("completeJobRotation", "CompleteJobRotationInput", Rotation, new { rotationId, evaluation = "För tidigt" });

        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(startedEarly));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(completedEarly));
    }

    [Fact]
    public async Task A_rotation_that_has_begun_is_ongoing_and_then_completed_by_the_employees_manager()
    {
        var (unitId, receiving) = await ReceivingUnitAsync();
        var rotationId = await ProposeAsync(unitId, Today.AddDays(-7), Today.AddDays(20));
        Approve(api.GraphQL(TestTokens.DemoManager), rotationId);
        Approve(receiving, rotationId);

        var started = await receiving.MutateAsync("startJobRotation", "StartJobRotationInput", Rotation, new { rotationId });
        var completedByReceiving = await receiving.MutateAsync("completeJobRotation", "CompleteJobRotationInput", Rotation, new { rotationId, evaluation = "Bra" });
        var completed = await api.GraphQL(TestTokens.DemoManager).MutateAsync("completeJobRotation", "CompleteJobRotationInput", Rotation, new { rotationId, evaluation = "Värdefull rotation" });

        Assert.Equal("ONGOING", started["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(completedByReceiving));
        Assert.Equal("COMPLETED", completed["jobRotation"]!["status"]!.GetValue<string>());
    }
}
