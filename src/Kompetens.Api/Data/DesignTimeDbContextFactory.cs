using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kompetens.Api.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KompetensDbContext>
{
    public KompetensDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<KompetensDbContext>()
        .UseNpgsql("Host=localhost;Database=kompetens_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention()
        .Options);
}
