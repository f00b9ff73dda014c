using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Competences;

public sealed class MappingCampaignType : EntityObjectType<MappingCampaign>
{
    public MappingCampaignType()
        : base("MappingCampaign", "A competence mapping (kompetenskartläggning): a period in which the staff of some units assess their competence and managers assess their people.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The campaign's name in sv/fi/en.");
        Field("description", x => x.Description, typeof(LocalizedTextType)).Description("What the campaign is for and what it covers, in sv/fi/en.");
        Field(x => x.StartsOn).Description("The first day assessments can be made.");
        Field(x => x.EndsOn).Description("The last day assessments can be made.");
        Field(x => x.Status).Description("Whether the campaign is planned, open for assessments or closed.");
        Reference<FundingSourceType>("fundingSource", x => x.FundingSource, x => x.FundingSourceId).Description("Where the money for the mapping comes from, for example an EU ESF+ project.");
        Children<OrganisationUnitType>("units", x => x.Units).Description("The units in scope; the units below them are included.");
        Children<CompetenceType>("competences", x => x.Competences).Description("The competences the campaign covers: assessments in it are of these only. Empty when it covers every competence.");
        Children<CompetenceAssessmentType>("assessments", x => x.Assessments).Description("The assessments made in the campaign.").AuthorizeWithPolicy(Policies.PersonalData);
        this.AddProgress();
    }
}
