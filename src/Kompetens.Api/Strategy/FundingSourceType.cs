using GraphQL;
using Kompetens.Api.Competences;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Plans;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Strategy;

public sealed class FundingSourceType : EntityObjectType<FundingSource>
{
    public FundingSourceType()
        : base("FundingSource", "Money for competence development: an EU ESF+ project, a national grant or the city's own budget, from investigation to decision.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Name).Description("The funding's name.");
        Field(x => x.Kind).Description("Where the money comes from.");
        Field(x => x.Programme, nullable: true).Description("The funding programme, for example ESF+ 2021–2027.");
        Field(x => x.ProjectCode, nullable: true).Description("The funder's project or case number.");
        Field(x => x.Status).Description("Where the funding is: being investigated, applied for, granted or rejected.");
        Field(x => x.AppliedAmount, nullable: true).Description("The amount applied for, in euros.");
        Field(x => x.GrantedAmount, nullable: true).Description("The amount granted, in euros.");
        Field(x => x.ValidFrom, nullable: true).Description("From when the money can be used.");
        Field(x => x.ValidTo, nullable: true).Description("Until when the money can be used.");
        Children<MappingCampaignType>("mappingCampaigns", x => x.MappingCampaigns).Description("The competence mappings this source pays for.");
        Children<TrainingEventType>("trainingEvents", x => x.TrainingEvents).Description("The training events this source pays for.");
        Children<PlanActivityType>("planActivities", x => x.PlanActivities).Description("The development-plan activities this source pays for.").AuthorizeWithPolicy(Policies.PersonalData);
    }
}
