using GraphQL;
using Kompetens.Api.Collaboration;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Trainings;

public sealed class KnowledgeSharingActionType : EntityObjectType<KnowledgeSharingAction>
{
    public KnowledgeSharingActionType()
        : base("KnowledgeSharingAction", "How a workplace puts what an employee learned to use (the policy's routines to use increased competence), for example a presentation at the workplace meeting. What was learned comes from a training, a job rotation, a team or self-study. The person, her managers, the staff and managers of the workplace where it is shared, and HR see it.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Source).Description("Where what is shared was learned: a training, a job rotation, a team or self-study.");
        Field(x => x.Description).Description("What will be done to share or use the new competence (for self-study also what was learned).");
        Field(x => x.DueOn, nullable: true).Description("By when it should be done.");
        Field(x => x.DoneAt, nullable: true).Description("When the manager marked it done; null while open.");
        ColleagueType.LoadedByKey<KnowledgeSharingAction, EmployeeType>(this, "employee", "The employee who learned and shares it; null for the workplace's staff, who see them as the `colleague`.", x => x.EmployeeId);
        ColleagueType.AddTo(this, "colleague", "The employee who shares what they learned, as a colleague sees them: name, unit and job title.", x => (Guid?)x.EmployeeId);
        Reference<EnrolmentType>("enrolment", x => x.Enrolment, x => x.EnrolmentId).Description("The completed training enrolment it follows, when the source is a training; null for others than the person, their managers and HR.");
        Reference<JobRotationType>("jobRotation", x => x.JobRotation, x => x.JobRotationId).Description("The job rotation it follows, when the source is a rotation; null for those who may not see the rotation.");
        Reference<TeamType>("team", x => x.Team, x => x.TeamId).Description("The team whose work it follows, when the source is a team.");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The workplace where the competence is shared.");
        Reference<EmployeeType>("doneBy", x => x.DoneBy, x => x.DoneById).Description("The manager who marked it done.");
    }
}
