using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Trainings;

public sealed class KnowledgeSharingActionType : EntityObjectType<KnowledgeSharingAction>
{
    public KnowledgeSharingActionType()
        : base("KnowledgeSharingAction", "How a workplace puts what an employee learned to use (the policy's routines to use increased competence), for example a presentation at the workplace meeting.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Description).Description("What will be done to share or use the new competence.");
        Field(x => x.DueOn, nullable: true).Description("By when it should be done.");
        Field(x => x.DoneAt, nullable: true).Description("When the manager marked it done; null while open.");
        RequiredReference<EnrolmentType>("enrolment", x => x.Enrolment, x => x.EnrolmentId).Description("The completed training enrolment it follows.");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The workplace where the competence is shared.");
        Reference<EmployeeType>("doneBy", x => x.DoneBy, x => x.DoneById).Description("The manager who marked it done.");
    }
}
