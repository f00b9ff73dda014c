using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kompetens.Api.Audit;

/// <summary>The append-only audit log of every change made through the API.</summary>
public sealed class AuditFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new AuditEntryConfiguration());
        rows.HrOnly<AuditEntry>();
    }

    public void Services(IServiceCollection services) => services.AddSingleton<IInterceptor, AuditInterceptor>();

    public void Queries(ObjectGraphType query) => query.AddAuditQueries();
}

public static class AuditData
{
    extension(KompetensDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
