using System.Text.Json.Nodes;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Issue 13, item 11: a colleague's or team lead's assessment is its own assessor kind (Peer), given with the
/// colleague's own token, counting above the person's self-assessment and never above the manager's.
/// </summary>
public sealed class PeerAssessmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Assess = "competenceAssessment { assessor level assessedByColleague { familyName } } errors { __typename ... on Error { code } }";

    private readonly GraphQLClient sara = api.GraphQL(TestTokens.DemoEmployee);

    [Fact]
    public async Task A_team_member_gives_peer_input_that_counts_above_self_but_never_above_the_manager()
    {
        var (teammate, teammateOid) = await TeammateOfSaraAsync();
        var competence = await UnassessedCompetenceAsync(teammate);
        var colleague = api.GraphQL(TestTokens.User(teammateOid));
        var manager = api.GraphQL(TestTokens.User(await ManagerOidOfAsync(teammate)));

        // Sara knows her teammate as a Colleague (a colleague never reads an Employee record) and assesses by that id.
        var team = await sara.QueryAsync("{ me { teamMemberships { team { members { colleague { id } } } } } }");
        var teammateId = team["me"]!["teamMemberships"]!.AsArray().SelectMany(m => m!["team"]!["members"]!.AsArray())
            .Select(m => m!["colleague"]?["id"]?.GetValue<string>()).First(id => id == Id("Colleague", teammate));

        await colleague.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 1 });
        var peer = await sara.MutateAsync("assessCompetence", "AssessCompetenceInput", Assess, new { competenceId = competence, level = 3, employeeId = teammateId });
        var afterPeer = await LevelAsync(colleague, competence);
        await manager.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 2, employeeId = Id("Employee", teammate) });
        await sara.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 4, employeeId = teammateId });
        var afterManager = await LevelAsync(colleague, competence);

        // Sara reads back the input she gave, and who gave it.
        Assert.Equal("PEER", peer["competenceAssessment"]!["assessor"]!.GetValue<string>());
        Assert.Equal(3, peer["competenceAssessment"]!["level"]!.GetValue<int>());
        Assert.Equal("Lindholm", peer["competenceAssessment"]!["assessedByColleague"]!["familyName"]!.GetValue<string>());
        Assert.Equal((3, "PEER"), afterPeer);
        Assert.Equal((2, "MANAGER"), afterManager);
    }

    [Fact]
    public async Task A_colleague_in_the_same_unit_gives_peer_input()
    {
        var coworker = (await TestData.ListAsync<Guid>(api, """
            SELECT b.employee_id FROM employments a JOIN employments b ON b.organisation_unit_id = a.organisation_unit_id AND b.employee_id <> a.employee_id
            JOIN employees e ON e.id = b.employee_id JOIN employees s ON s.id = a.employee_id
            WHERE s.employee_number = @sara AND a.end_date IS NULL AND b.end_date IS NULL AND e.status = 'Active'
              AND NOT EXISTS (SELECT 1 FROM organisation_units u WHERE u.manager_id = s.id)
            ORDER BY e.employee_number LIMIT 1
            """, ("sara", DemoCity.DemoEmployeeNumber))).Single();

        var peer = await sara.MutateAsync("assessCompetence", "AssessCompetenceInput", Assess,
            new { competenceId = await UnassessedCompetenceAsync(coworker), level = 2, employeeId = Id("Employee", coworker) });

        Assert.Equal("PEER", peer["competenceAssessment"]!["assessor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Someone_who_neither_manages_nor_works_with_the_person_finds_no_such_person()
    {
        var stranger = (await TestData.ListAsync<Guid>(api, """
            SELECT e.id FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id
            WHERE u.code LIKE 'TEK%' AND e.status = 'Active'
              AND NOT EXISTS (SELECT 1 FROM team_memberships m WHERE m.employee_id = e.id)
            ORDER BY e.employee_number LIMIT 1
            """)).Single();

        var refused = await sara.MutateAsync("assessCompetence", "AssessCompetenceInput", Assess,
            new { competenceId = await UnassessedCompetenceAsync(stranger), level = 2, employeeId = Id("Employee", stranger) });

        Assert.Null(refused["competenceAssessment"]);
        Assert.Equal("NOT_FOUND", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(await TestData.ListAsync<Guid>(api, "SELECT id FROM competence_assessments WHERE employee_id = @id AND assessor = 'Peer'", ("id", stranger)));
    }

    [Fact]
    public async Task The_demo_city_holds_team_leads_peer_input_next_to_the_managers()
    {
        var peers = await TestData.ListAsync<int>(api, """
            SELECT count(*)::int FROM competence_assessments p
            WHERE p.assessor = 'Peer'
              AND EXISTS (SELECT 1 FROM competence_assessments m WHERE m.employee_id = p.employee_id AND m.competence_id = p.competence_id AND m.assessor = 'Manager')
              AND EXISTS (SELECT 1 FROM team_memberships a JOIN team_memberships b ON b.team_id = a.team_id
                          WHERE a.employee_id = p.assessed_by_id AND b.employee_id = p.employee_id)
            """);

        Assert.True(peers.Single() > 0);
    }

    private static string Id(string type, Guid key) => GlobalId.Format(type, key);

    private static async Task<(int Level, string Assessor)> LevelAsync(GraphQLClient person, string competence)
    {
        var profile = await person.QueryAsync("{ me { competenceProfile { level assessor competence { id } } } }");
        var level = profile["me"]!["competenceProfile"]!.AsArray().Single(l => l!["competence"]!["id"]!.GetValue<string>() == competence)!;
        return (level["level"]!.GetValue<int>(), level["assessor"]!.GetValue<string>());
    }

    /// <summary>A current member of one of Sara's current teams, who is no manager (so that their manager is someone else).</summary>
    private async Task<(Guid Id, Guid ObjectId)> TeammateOfSaraAsync()
    {
        var rows = await TestData.ListAsync<Guid>(api, """
            SELECT e.id FROM team_memberships a JOIN team_memberships b ON b.team_id = a.team_id
            JOIN employees s ON s.id = a.employee_id JOIN employees e ON e.id = b.employee_id
            WHERE s.employee_number = @sara AND e.id <> s.id AND a.ends_on IS NULL AND b.ends_on IS NULL AND e.status = 'Active'
              AND e.entra_object_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organisation_units u WHERE u.manager_id = e.id)
            ORDER BY e.employee_number LIMIT 1
            """, ("sara", DemoCity.DemoEmployeeNumber));
        var id = rows.Single();
        return (id, (await TestData.ListAsync<Guid>(api, "SELECT entra_object_id FROM employees WHERE id = @id", ("id", id))).Single());
    }

    private async Task<Guid> ManagerOidOfAsync(Guid employee) => (await TestData.ListAsync<Guid>(api, """
        SELECT m.entra_object_id FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id JOIN employees m ON m.id = u.manager_id
        WHERE e.id = @id
        """, ("id", employee))).Single();

    /// <summary>An active competence the person has never been assessed in, on a scale that has levels 1 to 4.</summary>
    private async Task<string> UnassessedCompetenceAsync(Guid employee) => Id("Competence", (await TestData.ListAsync<Guid>(api, """
        SELECT c.id FROM competences c
        WHERE c.status = 'Active' AND (SELECT count(*) FROM proficiency_levels l WHERE l.scale_id = c.scale_id AND l.level BETWEEN 1 AND 4) = 4
          AND NOT EXISTS (SELECT 1 FROM competence_assessments a WHERE a.employee_id = @id AND a.competence_id = c.id)
        ORDER BY c.code LIMIT 1
        """, ("id", employee))).Single());
}
