using Kompetens.Api.Domain;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>The competence catalogue, its scales, mapping campaigns and assessments, requirements and gaps.</summary>
public sealed class CompetencesFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new CompetenceConfiguration());
        model.ApplyConfiguration(new ProficiencyScaleConfiguration());
        model.ApplyConfiguration(new ProficiencyLevelConfiguration());
        model.ApplyConfiguration(new MappingCampaignConfiguration());
        model.ApplyConfiguration(new CompetenceAssessmentConfiguration());
        model.ApplyConfiguration(new CompetenceRequirementConfiguration());
        rows.Catalogue<Competence>();
        rows.Catalogue<ProficiencyScale>();
        rows.Catalogue<ProficiencyLevel>();
        rows.Catalogue<MappingCampaign>();
        rows.Catalogue<CompetenceRequirement>();
        // A colleague's peer input stays readable to the colleague who gave it.
        rows.SharedBy<CompetenceAssessment, Employee>(a => a.EmployeeId, "the colleague who made the assessment",
            (a, access) => a.AssessedById == access.Self);
    }

    public void Services(IServiceCollection services) =>
        services.AddOptions<CurrentLevelOptions>().BindConfiguration(CurrentLevelOptions.Section).ValidateSettings(CurrentLevelOptions.Section);

    public void Queries(ObjectGraphType query)
    {
        query.AddCompetenceQueries();
        query.AddCompetenceGapQueries();
        query.AddCompetenceHolderQueries();
    }

    public void Mutations(ObjectGraphType mutation)
    {
        mutation.AddCatalogueMutations();
        mutation.AddCompetenceVisibilityMutation();
        mutation.AddMappingMutations();
        mutation.AddRequirementMutations();
    }
}

public static class CompetencesData
{
    extension(KompetensDbContext db)
    {
        public DbSet<Competence> Competences => db.Set<Competence>();

        public DbSet<ProficiencyScale> ProficiencyScales => db.Set<ProficiencyScale>();

        public DbSet<ProficiencyLevel> ProficiencyLevels => db.Set<ProficiencyLevel>();

        public DbSet<MappingCampaign> MappingCampaigns => db.Set<MappingCampaign>();

        public DbSet<CompetenceAssessment> CompetenceAssessments => db.Set<CompetenceAssessment>();

        public DbSet<CompetenceRequirement> CompetenceRequirements => db.Set<CompetenceRequirement>();
    }
}
