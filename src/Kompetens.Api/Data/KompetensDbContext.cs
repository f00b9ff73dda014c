using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kompetens.Api.Data;

/// <summary>The city's competence data in PostgreSQL. Each feature folder configures its own entities.</summary>
public sealed class KompetensDbContext(DbContextOptions<KompetensDbContext> options) : DbContext(options)
{
    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<Competence> Competences => Set<Competence>();
    public DbSet<ProficiencyScale> ProficiencyScales => Set<ProficiencyScale>();
    public DbSet<ProficiencyLevel> ProficiencyLevels => Set<ProficiencyLevel>();
    public DbSet<MappingCampaign> MappingCampaigns => Set<MappingCampaign>();
    public DbSet<CompetenceAssessment> CompetenceAssessments => Set<CompetenceAssessment>();
    public DbSet<CompetenceRequirement> CompetenceRequirements => Set<CompetenceRequirement>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<PlanFollowUp> PlanFollowUps => Set<PlanFollowUp>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<TrainingCompetence> TrainingCompetences => Set<TrainingCompetence>();
    public DbSet<TrainingEvent> TrainingEvents => Set<TrainingEvent>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<KnowledgeSharingAction> KnowledgeSharingActions => Set<KnowledgeSharingAction>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();
    public DbSet<JobRotation> JobRotations => Set<JobRotation>();
    public DbSet<StrategyItem> StrategyItems => Set<StrategyItem>();
    public DbSet<StrategyAcknowledgement> StrategyAcknowledgements => Set<StrategyAcknowledgement>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();

    /// <summary>The provider settings every context uses: the service, migrations and tests.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and BI, and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // unaccent backs the case- and accent-insensitive search argument (GraphQL/TextSearch.cs).
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KompetensDbContext).Assembly);

        // Nothing that holds history cascades away: a relation deletes its dependants only where a
        // configuration says so explicitly (a plan's own goals, a join row).
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            if (foreignKey.DeleteBehavior == DeleteBehavior.Cascade && !foreignKey.DeclaringEntityType.IsPropertyBag
                && ((IConventionForeignKey)foreignKey).GetDeleteBehaviorConfigurationSource() != ConfigurationSource.Explicit)
            {
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }
}
