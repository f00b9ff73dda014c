using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kompetens.Api.Data;

/// <summary>
/// What the features put into <see cref="KompetensDbContext"/>'s model, carried in the context's options: the
/// composition root builds it from the feature list, so that this folder depends on no feature.
/// </summary>
public sealed class KompetensModel(Action<ModelBuilder, KompetensDbContext> build) : IDbContextOptionsExtension
{
    /// <summary>Configures the entities and their row filters; filters refer to <paramref name="db"/>'s <see cref="KompetensDbContext.Access"/>.</summary>
    public void Build(ModelBuilder model, KompetensDbContext db) => build(model, db);

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "KompetensModel ";

        // One model per process: the model is built once per context type and cached, as EF Core does by default.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
