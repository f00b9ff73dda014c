using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Competences;

public sealed class CompetenceAssessmentType : EntityObjectType<CompetenceAssessment>
{
    public CompetenceAssessmentType()
        : base("CompetenceAssessment", "One statement of an employee's level in a competence, by the employee, their manager or from evidence such as a completed training. Append-only: a newer assessment never erases an older one.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Level).Description("The level on the competence's scale.");
        Field(x => x.Assessor).Description("Who made the assessment: the employee, their manager, or evidence.");
        Field(x => x.AssessedAt).Description("When the assessment was made.");
        Field(x => x.Comment, nullable: true).Description("The assessor's comment.");
        Field(x => x.Evidence, nullable: true).Description("What proves an evidence assessment, for example the completed training.");
        RequiredReference<EmployeeType>("employee", x => x.Employee, x => x.EmployeeId).Description("The employee assessed.");
        RequiredReference<CompetenceType>("competence", x => x.Competence, x => x.CompetenceId).Description("The competence assessed.");
        Reference<EmployeeType>("assessedBy", x => x.AssessedBy, x => x.AssessedById).Description("The person who made the assessment; null for evidence.");
        ColleagueType.AddTo(this, "assessedByColleague", "Who made the assessment, as the assessed employee sees them (name, unit, job title); null for evidence.", x => x.AssessedById);
        Reference<MappingCampaignType>("campaign", x => x.Campaign, x => x.CampaignId).Description("The mapping campaign the assessment was made in, if any.");
    }
}
