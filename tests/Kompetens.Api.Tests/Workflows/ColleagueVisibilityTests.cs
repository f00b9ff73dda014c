using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// What colleagues see of each other, as Sara sees it with her own token: the members of her teams (name, unit, job
/// title and role — not their records), her own manager, and who assessed her; nobody else.
/// </summary>
public sealed class ColleagueVisibilityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient sara = api.GraphQL(TestTokens.DemoEmployee);

    [Fact]
    public async Task Team_members_see_each_other_as_colleagues_but_not_each_others_records()
    {
        var data = await sara.QueryAsync("""
            { me { id teamMemberships { team { name { sv } members { role endsOn colleague { id givenName familyName organisationUnit { code } } employee { id email } } } } } }
            """);

        var members = data["me"]!["teamMemberships"]![0]!["team"]!["members"]!.AsArray();
        // Current members are colleagues; one who has left the team is not any more.
        var others = members.Where(m => m!["employee"]?["id"]?.GetValue<string>() != data["me"]!["id"]!.GetValue<string>() && m["endsOn"] is null).ToList();
        var former = members.Where(m => m!["endsOn"] is not null).ToList();
        Assert.True(members.Count >= 2, data.ToJsonString());
        Assert.NotEmpty(others);
        Assert.All(others, m =>
        {
            Assert.NotNull(m!["colleague"]!["familyName"]);
            Assert.NotNull(m["colleague"]!["organisationUnit"]!["code"]);
            Assert.Null(m["employee"]);
        });
        Assert.All(former, m => Assert.Null(m!["colleague"]));
    }

    [Fact]
    public async Task An_employee_sees_her_own_manager_and_who_assessed_her()
    {
        var data = await sara.QueryAsync("""
            { me { manager { givenName familyName }
                   assessments(where: { assessor: { eq: MANAGER } }) { assessedByColleague { familyName } } } }
            """);

        Assert.Equal("Mikael", data["me"]!["manager"]!["givenName"]!.GetValue<string>());
        Assert.Equal("Grönroos", data["me"]!["manager"]!["familyName"]!.GetValue<string>());
        Assert.NotEmpty(data["me"]!["assessments"]!.AsArray());
        Assert.All(data["me"]!["assessments"]!.AsArray(), a => Assert.NotNull(a!["assessedByColleague"]!["familyName"]));
    }

    [Fact]
    public async Task A_person_who_shares_nothing_with_her_is_not_her_colleague()
    {
        var stranger = (await TestData.ListAsync<Guid>(api, """
            SELECT e.id FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id
            WHERE u.code LIKE 'TEK%' AND e.status = 'Active' AND u.manager_id <> e.id
              AND NOT EXISTS (SELECT 1 FROM team_memberships m WHERE m.employee_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM competence_assessments a WHERE a.assessed_by_id = e.id)
            ORDER BY e.employee_number LIMIT 1
            """)).Single();

        var data = await sara.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Kompetens.GraphQL.Data.Ids.GlobalId.Format("Colleague", stranger) });

        Assert.Null(data["node"]);
    }
}
