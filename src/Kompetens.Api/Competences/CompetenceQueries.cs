using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Competences;

public static class CompetenceQueries
{
    public static void AddCompetenceQueries(this ObjectGraphType query)
    {
        query.Connection<object?, CompetenceType, Competence>("competences", new()
            {
                Search = TextSearch.Over<Competence>(c => c.Name.Sv, c => c.Name.Fi, c => c.Name.En, c => c.Code),
            })
            .Description("The city's competence catalogue, in all five dimensions.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, ProficiencyScaleType, ProficiencyScale>("proficiencyScales")
            .Description("The proficiency scales that assessments and requirements use.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, MappingCampaignType, MappingCampaign>("mappingCampaigns")
            .Description("The competence mappings (kompetenskartläggningar), past, open and planned.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, CompetenceAssessmentType, CompetenceAssessment>("competenceAssessments")
            .Description("Assessments of employees' competence, append-only history.")
            .AuthorizeWithPolicy(Policies.PersonalData);
        query.Connection<object?, CompetenceRequirementType, CompetenceRequirement>("competenceRequirements")
            .Description("The competences the city needs, now and in the future.")
            .AuthorizeWithPolicy(Policies.Catalogue);
    }
}
