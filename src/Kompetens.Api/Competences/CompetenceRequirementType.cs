using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Competences;

public sealed class CompetenceRequirementType : EntityObjectType<CompetenceRequirement>
{
    public CompetenceRequirementType()
        : base("CompetenceRequirement", "A competence the city needs: in a unit or for a job title, at a level, for a number of people, now or by a future date.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.JobTitle, nullable: true).Description("The job title the requirement applies to, when it is not (only) about a unit.");
        Field(x => x.RequiredLevel).Description("The level needed on the competence's scale.");
        Field(x => x.Headcount).Description("How many people need the competence at that level or above.");
        Field(x => x.Horizon).Description("Whether the need is now or in the future.");
        Field(x => x.TargetDate, nullable: true).Description("By when a future need must be met.");
        Field(x => x.Rationale, nullable: true).Description("Why the competence is needed.");
        Field(x => x.WithdrawnAt, nullable: true).Description("When the unit's manager or HR withdrew the requirement; a withdrawn requirement is kept as history but no longer counts in gap analysis, analytics or the annual plan. Null while it stands.");
        Reference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The unit that needs the competence (its subunits included).");
        RequiredReference<CompetenceType>("competence", x => x.Competence, x => x.CompetenceId).Description("The competence needed.");
        Reference<StrategyItemType>("strategyGoal", x => x.StrategyGoal, x => x.StrategyGoalId).Description("The strategy goal that drives the need.");
    }
}
