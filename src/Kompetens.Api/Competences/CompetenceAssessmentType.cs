using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Competences;

public sealed class CompetenceAssessmentType : EntityObjectType<CompetenceAssessment>
{
    public CompetenceAssessmentType()
        : base("CompetenceAssessment", "One statement of an employee's level in a competence, by the employee, their manager or from evidence such as a completed training. Append-only: a newer assessment never erases an older one.")
    {
        Field(x => x.Level).Description("The level on the competence's scale.");
        Field(x => x.Assessor).Description("Who made the assessment: the employee, their manager, or evidence.");
        Field(x => x.AssessedAt).Description("When the assessment was made.");
        Field(x => x.Comment, nullable: true).Description("The assessor's comment.");
        Field(x => x.Evidence, nullable: true).Description("What proves an evidence assessment, for example the completed training.");
        this.RequiredReference<CompetenceAssessment, EmployeeType>("employee", x => x.EmployeeId).Description("The employee assessed.");
        this.RequiredReference<CompetenceAssessment, CompetenceType>("competence", x => x.CompetenceId).Description("The competence assessed.");
        this.Reference<CompetenceAssessment, EmployeeType>("assessedBy", x => x.AssessedById).Description("The person who made the assessment; null for evidence.");
        this.Reference<CompetenceAssessment, MappingCampaignType>("campaign", x => x.CampaignId).Description("The mapping campaign the assessment was made in, if any.");
    }
}
