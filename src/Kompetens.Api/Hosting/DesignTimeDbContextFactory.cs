using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kompetens.Api.Hosting;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KompetensDbContext>
{
    public KompetensDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<KompetensDbContext>();
        KompetensDbContext.Configure(options, "Host=localhost;Database=kompetens_design", KompetensFeatures.Model);
        return new(options.Options);
    }
}
