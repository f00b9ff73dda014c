using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Knowledge sharing from more than trainings: the person who learned (or their manager) plans how the workplace will
/// use what was learned in a rotation, a team or self-study; the workplace's staff and managers see it.
/// </summary>
public sealed class KnowledgeSharingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Action = "knowledgeSharingAction { id source description organisationUnit { code } employee { employeeNumber } team { id } jobRotation { id } enrolment { id } }";

    private GraphQLClient Sara => api.GraphQL(TestTokens.DemoEmployee);

    private async Task<GraphQLClient> AsAsync(string employeeNumber) =>
        api.GraphQL(TestTokens.User((await TestData.ListAsync<Guid>(api, "SELECT entra_object_id FROM employees WHERE employee_number = @n", ("n", employeeNumber))).Single()));

    private async Task<string> SarasTeamAsync() =>
        (await Sara.QueryAsync("{ me { teamMemberships { team { id name { sv } } } } }"))["me"]!["teamMemberships"]![0]!["team"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task An_employee_plans_sharing_what_she_learned_in_self_study_and_in_a_team()
    {
        var teamId = await SarasTeamAsync();

        var selfStudy = await Sara.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action,
            new { source = "SELF_STUDY", description = "Har läst boken Synligt lärande; presenterar den på arbetsplatsmötet.", dueOn = "2027-01-31" });
        var team = await Sara.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action,
            new { source = "TEAM", teamId, description = "Berättar om kvalitetsgruppens arbete." });

        Assert.Null(selfStudy["errors"]);
        Assert.Equal("SELF_STUDY", selfStudy["knowledgeSharingAction"]!["source"]!.GetValue<string>());
        Assert.Equal("BILD-GRU", selfStudy["knowledgeSharingAction"]!["organisationUnit"]!["code"]!.GetValue<string>());
        Assert.Equal("E10042", selfStudy["knowledgeSharingAction"]!["employee"]!["employeeNumber"]!.GetValue<string>());
        Assert.Null(team["errors"]);
        Assert.Equal(teamId, team["knowledgeSharingAction"]!["team"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_source_names_exactly_its_one_record_of_the_persons_own()
    {
        var teamId = await SarasTeamAsync();
        var rotation = (await TestData.ListAsync<Guid>(api, "SELECT id FROM job_rotations WHERE status = 'Completed' ORDER BY id LIMIT 1")).Single();
        var othersRotation = Kompetens.GraphQL.Data.Ids.GlobalId.Format("JobRotation", rotation);

        var selfStudyWithTeam = await Sara.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action, new { source = "SELF_STUDY", teamId, description = "d" });
        var teamWithoutTeam = await Sara.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action, new { source = "TEAM", description = "d" });
        var notHerRotation = await Sara.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action, new { source = "JOB_ROTATION", jobRotationId = othersRotation, description = "d" });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(selfStudyWithTeam));
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(teamWithoutTeam));
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(notHerRotation));
    }

    [Fact]
    public async Task The_manager_plans_sharing_from_a_rotation_of_one_of_her_people_and_marks_it_done()
    {
        var (employeeNumber, rotationId, managerNumber) = (await TestData.ListAsync<string>(api, """
            SELECT e.employee_number || ' ' || r.id || ' ' || m.employee_number FROM job_rotations r
            JOIN employees e ON e.id = r.employee_id JOIN organisation_units u ON u.id = r.from_unit_id JOIN employees m ON m.id = u.manager_id
            WHERE r.status = 'Completed' AND e.organisation_unit_id = r.from_unit_id ORDER BY r.id LIMIT 1
            """)).Single().Split(' ') switch { var p => (p[0], Kompetens.GraphQL.Data.Ids.GlobalId.Format("JobRotation", Guid.Parse(p[1])), p[2]) };
        var employeeId = (await api.GraphQL(TestTokens.Admin).QueryAsync("query($n: String!) { employees(where: { employeeNumber: { eq: $n } }) { nodes { id } } }", new { n = employeeNumber }))["employees"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var manager = await AsAsync(managerNumber);

        var planned = await manager.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action,
            new { employeeId, source = "JOB_ROTATION", jobRotationId = rotationId, description = "Visar hur den andra enheten planerar arbetet." });
        var done = await manager.MutateAsync("completeKnowledgeSharingAction", "CompleteKnowledgeSharingActionInput", "knowledgeSharingAction { doneAt }",
            new { actionId = planned["knowledgeSharingAction"]!["id"]!.GetValue<string>() });

        Assert.Null(planned["errors"]);
        Assert.Equal(rotationId, planned["knowledgeSharingAction"]!["jobRotation"]!["id"]!.GetValue<string>());
        Assert.NotNull(done["knowledgeSharingAction"]!["doneAt"]);
    }

    [Fact]
    public async Task A_colleague_plans_nothing_for_someone_else()
    {
        var saraId = (await Sara.QueryAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        var colleague = await AsAsync("E10063");

        var planned = await colleague.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action,
            new { employeeId = saraId, source = "SELF_STUDY", description = "d" });

        Assert.Equal("NOT_FOUND", GraphQLClient.ErrorCode(planned));
    }

    [Fact]
    public async Task The_workplaces_staff_see_what_is_shared_there_and_staff_elsewhere_do_not()
    {
        var planned = await Sara.MutateAsync("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", Action,
            new { source = "SELF_STUDY", description = "Sammanfattar Skolverkets nya stödmaterial om bedömning." });
        var id = planned["knowledgeSharingAction"]!["id"]!.GetValue<string>();
        var colleague = await AsAsync("E10063");
        var elsewhere = await AsAsync("E10189");

        const string Query = "query($id: ID!) { node(id: $id) { ... on KnowledgeSharingAction { description source employee { employeeNumber } } } }";
        var seen = await colleague.QueryAsync(Query, new { id });
        var notSeen = await elsewhere.QueryAsync(Query, new { id });
        var listed = await colleague.QueryAsync("{ knowledgeSharingActions(where: { source: { eq: SELF_STUDY } }) { nodes { id } } }");

        Assert.Equal("SELF_STUDY", seen["node"]!["source"]!.GetValue<string>());
        Assert.Null(seen["node"]!["employee"]);
        Assert.Null(notSeen["node"]);
        Assert.Contains(listed["knowledgeSharingActions"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task The_database_refuses_an_action_whose_source_does_not_match_the_record_it_names()
    {
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => TestData.ExecuteAsync(api, """
            INSERT INTO knowledge_sharing_actions (id, employee_id, source, team_id, organisation_unit_id, description, created_at, updated_at)
            SELECT gen_random_uuid(), m.employee_id, 'SelfStudy', m.team_id, e.organisation_unit_id, 'd', now(), now()
            FROM team_memberships m JOIN employees e ON e.id = m.employee_id LIMIT 1
            """));

        Assert.Equal("ck_knowledge_sharing_actions_source", error.ConstraintName);
    }

    [Fact]
    public async Task A_completed_training_still_leaves_an_action_whose_source_is_the_training()
    {
        var actions = await api.GraphQL(TestTokens.Admin).QueryAsync(
            "{ knowledgeSharingActions(where: { source: { eq: TRAINING } }, first: 3) { totalCount nodes { enrolment { status } employee { id } } } }");

        Assert.True(actions["knowledgeSharingActions"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.All(actions["knowledgeSharingActions"]!["nodes"]!.AsArray(), n => Assert.Equal("COMPLETED", n!["enrolment"]!["status"]!.GetValue<string>()));
    }
}
