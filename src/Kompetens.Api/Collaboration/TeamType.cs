using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

public sealed class TeamType : EntityObjectType<Team>
{
    public TeamType()
        : base("Team", "A team formed around a specific task, often across administrations and departments (förvaltnings- och avdelningsgränser).")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The team's name in sv/fi/en.");
        Field(x => x.Task).Description("The task the team was formed for.");
        Field(x => x.Kind).Description("Whether it is a cross-unit team, a project or a quality group.");
        Field(x => x.StartsOn).Description("When the team starts its work.");
        Field(x => x.EndsOn, nullable: true).Description("When the team ends its work, if decided.");
        Field<NonNullGraphType<IntGraphType>>("administrationsSpanned")
            .Description("How many administrations (förvaltningar) the team's units belong to; above one, the team works across administrations.")
            .Resolve(context => context.BatchLoader<Guid, int>("Team.administrationsSpanned", () =>
            {
                var contexts = context.RequestServices!.GetRequiredService<KompetensContexts>();
                return new(async (ids, cancellationToken) =>
                {
                    await using var db = await contexts.OpenAsync(RowAccess.None, cancellationToken);
                    var teams = ids.ToArray();
                    // Raw SQL rows follow the snake_case naming convention too: team_id, count.
                    return await db.Database.SqlQuery<SpanRow>($"""
                        WITH RECURSIVE up AS (
                            SELECT tu.team_id, u.id, u.parent_id, u.kind
                            FROM team_units tu JOIN organisation_units u ON u.id = tu.units_id WHERE tu.team_id = ANY({teams})
                            UNION
                            SELECT up.team_id, p.id, p.parent_id, p.kind FROM up JOIN organisation_units p ON p.id = up.parent_id)
                        SELECT team_id, count(DISTINCT id)::int AS count FROM up WHERE kind = 'Administration' GROUP BY team_id
                        """).ToDictionaryAsync(r => r.TeamId, r => r.Count, cancellationToken);
                });
            }).Load(context.Source.Id, 0))
            .FieldType.SetRequires([Key]);
        Children<OrganisationUnitType>("units", x => x.Units).Description("The units the team spans.");
        Children<TeamMembershipType>("members", x => x.Members).Description("The team's members, past and present.").AuthorizeWithPolicy(Policies.PersonalData);
    }
}

internal sealed record SpanRow(Guid TeamId, int Count);

public sealed class TeamMembershipType : EntityObjectType<TeamMembership>
{
    public TeamMembershipType()
        : base("TeamMembership", "An employee's membership of a team, with a role and a period.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Role).Description("The member's role in the team, for example chair or member.");
        Field(x => x.StartsOn).Description("When the membership starts.");
        Field(x => x.EndsOn, nullable: true).Description("When the membership ends, if decided.");
        RequiredReference<TeamType>("team", x => x.Team, x => x.TeamId).Description("The team.");
        ColleagueType.LoadedByKey<TeamMembership, EmployeeType>(this, "employee", "The member's employee record; null for fellow team members, who see the member as a `colleague`.", x => x.EmployeeId);
        ColleagueType.AddTo(this, "colleague", "The member as a colleague sees them: name, unit and job title.", x => (Guid?)x.EmployeeId);
    }
}
