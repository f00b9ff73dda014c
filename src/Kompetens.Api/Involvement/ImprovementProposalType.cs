using GraphQL;
using Kompetens.Api.Competences;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Involvement;

public sealed class ImprovementProposalType : EntityObjectType<ImprovementProposal>
{
    public ImprovementProposalType()
        : base("ImprovementProposal", "An improvement proposal (förbättringsförslag): an employee's idea for developing the work of a unit — the policy's participation in analysing problems and development work — and how the unit's manager handled it. The proposer, her managers, the managers of the unit it concerns and HR see it; so does the unit's staff (not a withdrawn one), without who proposed it.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Title).Description("The proposal in a few words.");
        Field(x => x.Description).Description("The problem seen and the improvement proposed.");
        Field(x => x.Status).Description("Where the proposal is: submitted, under review, accepted, rejected, implemented or withdrawn.");
        Field(x => x.SubmittedAt).Description("When the employee submitted the proposal.");
        Field(x => x.DecidedAt, nullable: true).Description("When the manager accepted or rejected it.");
        Field(x => x.Response, nullable: true).Description("The manager's answer to the proposer, given when accepting or rejecting.");
        Field(x => x.ImplementedAt, nullable: true).Description("When the unit carried it out.");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The unit the proposal concerns; its managers handle it.");
        Reference<CompetenceType>("competence", x => x.Competence, x => x.CompetenceId).Description("The competence the proposal develops or needs, if the proposer linked one.");
        Reference<StrategyItemType>("strategyItem", x => x.StrategyItem, x => x.StrategyItemId).Description("The city's goal, strategy or quality tool the proposal serves, if the proposer linked one.");
        ColleagueType.LoadedByKey<ImprovementProposal, EmployeeType>(this, "proposer", "The employee who made the proposal; null for the unit's staff, who see the idea but not whose it is.", x => x.ProposerId);
        ColleagueType.AddTo(this, "handledBy", "The manager who took the last handling step (review, decision, implementation), as a colleague sees them.", x => x.HandledById);
    }
}
