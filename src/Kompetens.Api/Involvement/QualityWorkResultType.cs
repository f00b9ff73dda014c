using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Involvement;

public sealed class QualityWorkResultType : EntityObjectType<QualityWorkResult>
{
    public QualityWorkResultType()
        : base("QualityWorkResult", "A unit's result of quality work (kvalitetsarbete) for a period, under the common quality tool approved by the city board (such as CAF): a summary, an optional score and assessment, and the improvement actions decided. The unit's staff, the managers of the unit and of the units above it, HR and BI read it; it names no person.")
    {
        this.AuthorizeWithPolicy(Policies.UnitRecords);
        Field(x => x.PeriodStart).Description("The first day of the period the result covers.");
        Field(x => x.PeriodEnd).Description("The last day of the period the result covers.");
        Field(x => x.Summary).Description("What the quality work found.");
        Field(x => x.Score, nullable: true).Description("The overall score on the quality tool's own scale (CAF: 0–100), if the tool gives one.");
        Field(x => x.Assessment, nullable: true).Description("The overall assessment in words, if the tool asks for one.");
        Field(x => x.ImprovementActions, nullable: true).Description("The improvement actions the unit decided on.");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The unit whose quality work this is.");
        RequiredReference<StrategyItemType>("qualityTool", x => x.QualityTool, x => x.QualityToolId).Description("The common quality tool (a strategy item of kind QUALITY_TOOL) the work followed.");
    }
}
