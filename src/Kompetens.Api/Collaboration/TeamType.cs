using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

public sealed class TeamType : EntityObjectType<Team>
{
    public TeamType()
        : base("Team", "A team formed around a specific task, often across administrations and departments (förvaltnings- och avdelningsgränser).")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Name).Description("The team's name.");
        Field(x => x.Task).Description("The task the team was formed for.");
        Field(x => x.Kind).Description("Whether it is a cross-unit team, a project or a quality group.");
        Field(x => x.StartsOn).Description("When the team starts its work.");
        Field(x => x.EndsOn, nullable: true).Description("When the team ends its work, if decided.");
        Children<OrganisationUnitType>("units", x => x.Units).Description("The units the team spans.");
        Children<TeamMembershipType>("members", x => x.Members).Description("The team's members, past and present.").AuthorizeWithPolicy(Policies.PersonalData);
    }
}

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
        RequiredReference<EmployeeType>("employee", x => x.Employee, x => x.EmployeeId).Description("The member.");
    }
}
