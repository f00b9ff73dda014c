using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

public sealed class JobRotationType : EntityObjectType<JobRotation>
{
    public JobRotationType()
        : base("JobRotation", "A job rotation (arbetsrotation): an employee works for a period in another unit to learn, approved by both units' managers.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.StartsOn).Description("The first day in the other unit.");
        Field(x => x.EndsOn).Description("The last day in the other unit.");
        Field(x => x.LearningGoals).Description("What the employee is to learn during the rotation.");
        Field(x => x.Status).Description("Where the rotation is: proposed, approved, ongoing, completed, cancelled or rejected.");
        Field(x => x.FromUnitApprovedAt, nullable: true).Description("When the manager of the employee's own unit approved.");
        Field(x => x.ToUnitApprovedAt, nullable: true).Description("When the manager of the receiving unit approved.");
        Field(x => x.Evaluation, nullable: true).Description("The evaluation written when the rotation was completed.");
        Field(x => x.DecisionComment, nullable: true).Description("Why the rotation was rejected or cancelled, as the manager or employee who stopped it wrote.");
        ColleagueType.LoadedByKey<JobRotation, EmployeeType>(this, "employee", "The employee who rotates; null for the receiving unit's managers, who see the rotation but not the person's record (they see the `colleague`).", x => x.EmployeeId);
        ColleagueType.AddTo(this, "colleague", "The employee who rotates as the receiving unit's managers see them: name, unit and job title.", x => (Guid?)x.EmployeeId);
        RequiredReference<OrganisationUnitType>("fromUnit", x => x.FromUnit, x => x.FromUnitId).Description("The employee's own unit.");
        RequiredReference<OrganisationUnitType>("toUnit", x => x.ToUnit, x => x.ToUnitId).Description("The unit the employee rotates to.");
    }
}
