using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.Api.Security;
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

    /// <summary>
    /// Which people's rows this context may read. Set on every lease by <see cref="KompetensContexts"/>; the
    /// query filters below apply it in SQL to every query, navigation and <c>EXISTS</c>.
    /// </summary>
    public RowAccess Access { get; set; } = RowAccess.None;

    /// <summary>Who the changes saved through this context are made for; null for the service's own work (not audited).</summary>
    public string? Actor { get; set; }

    /// <summary>The GraphQL operation the changes belong to, for the audit log.</summary>
    public string? Operation { get; set; }

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    /// <summary>The provider settings every context uses: the service, migrations and tests.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Row-level access: an employee reaches their own rows, a manager also those of the people in the units they
    /// manage and below, HR (and for master data, payroll) everything. Personal data follows its owner.
    /// </summary>
    private void ApplyRowAccess(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Employee>().HasQueryFilter(e => Access.AllPeople || e.Id == Access.Self || Access.ManagedUnits.Contains(e.OrganisationUnitId));
        modelBuilder.Entity<CompetenceAssessment>().HasQueryFilter(x => Access.AllPersonalData || x.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Employee.OrganisationUnitId));
        modelBuilder.Entity<DevelopmentPlan>().HasQueryFilter(x => Access.AllPersonalData || x.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Employee.OrganisationUnitId));
        modelBuilder.Entity<PlanGoal>().HasQueryFilter(x => Access.AllPersonalData || x.Plan.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Plan.Employee.OrganisationUnitId));
        modelBuilder.Entity<PlanActivity>().HasQueryFilter(x => Access.AllPersonalData || x.Plan.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Plan.Employee.OrganisationUnitId));
        modelBuilder.Entity<PlanFollowUp>().HasQueryFilter(x => Access.AllPersonalData || x.Plan.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Plan.Employee.OrganisationUnitId));
        modelBuilder.Entity<Enrolment>().HasQueryFilter(x => Access.AllPersonalData || x.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Employee.OrganisationUnitId));
        modelBuilder.Entity<KnowledgeSharingAction>().HasQueryFilter(x => Access.AllPersonalData || x.Enrolment.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Enrolment.Employee.OrganisationUnitId));
        modelBuilder.Entity<TeamMembership>().HasQueryFilter(x => Access.AllPersonalData || x.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Employee.OrganisationUnitId));
        // A rotation is also the business of the receiving unit's managers, who approve it.
        modelBuilder.Entity<JobRotation>().HasQueryFilter(x => Access.AllPersonalData || x.EmployeeId == Access.Self
            || Access.ManagedUnits.Contains(x.Employee.OrganisationUnitId) || Access.ManagedUnits.Contains(x.ToUnitId));
        modelBuilder.Entity<StrategyAcknowledgement>().HasQueryFilter(x => Access.AllPersonalData || x.EmployeeId == Access.Self || Access.ManagedUnits.Contains(x.Employee.OrganisationUnitId));
    }

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
        ApplyRowAccess(modelBuilder);

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
