using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Kompetens.Api.Data;

/// <summary>
/// The city's competence data in PostgreSQL. The context knows no entity itself: each feature contributes its
/// entities, their configuration and their row filters (<see cref="KompetensModel"/>), and declares its own
/// <c>DbSet</c>s as extension properties next to them.
/// </summary>
public sealed class KompetensDbContext(DbContextOptions<KompetensDbContext> options) : DbContext(options)
{
    /// <summary>
    /// Which people's rows this context may read. Set on every lease by <see cref="KompetensContexts"/>; the
    /// row filters apply it in SQL to every query, navigation and <c>EXISTS</c>.
    /// </summary>
    public RowAccess Access { get; set; } = RowAccess.None;

    /// <summary>Who the changes saved through this context are made for; null for the service's own work (not audited).</summary>
    public string? Actor { get; set; }

    /// <summary>The GraphQL operation the changes belong to, for the audit log.</summary>
    public string? Operation { get; set; }

    /// <summary>The provider settings every context uses (the service, migrations and tests), with the features' model.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, KompetensModel model)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(model);
        return options
            .ReplaceService<IModelCacheKeyFactory, KompetensModelCacheKey>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and BI, and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
        configurationBuilder.Conventions.Add(_ => new PluralTableNames());
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // unaccent and pg_trgm back the case- and accent-insensitive search argument (GraphQL/TextSearch.cs).
        modelBuilder.HasPostgresExtension("unaccent");
        SearchText.Map(modelBuilder);
        var model = this.GetService<IDbContextOptions>().FindExtension<KompetensModel>()
            ?? throw new InvalidOperationException("KompetensDbContext needs its model: configure it with KompetensDbContext.Configure.");
        model.Build(modelBuilder, this);

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

/// <summary>
/// A table is named for what it holds, in the plural (<c>employees</c>, <c>plan_activities</c>), as a
/// <c>DbSet</c> property would name it; the features declare their sets as extension properties, which EF Core
/// does not see.
/// </summary>
internal sealed class PluralTableNames : IEntityTypeAddedConvention
{
    public void ProcessEntityTypeAdded(IConventionEntityTypeBuilder entityTypeBuilder, IConventionContext<IConventionEntityTypeBuilder> context)
    {
        var type = entityTypeBuilder.Metadata;
        if (type.HasSharedClrType)
        {
            return;
        }

        var name = string.Concat(type.ClrType.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        entityTypeBuilder.ToTable(name.EndsWith('y') && !"aeiou".Contains(name[^2]) ? name[..^1] + "ies" : name + "s");
    }
}

/// <summary>EF Core caches a model per context type; the model here also depends on the feature list it was built from.</summary>
internal sealed class KompetensModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.GetService<IDbContextOptions>().FindExtension<KompetensModel>(), designTime);
}
