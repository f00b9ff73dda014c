using Microsoft.Extensions.DependencyInjection;
using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Tests.Security;

/// <summary>Every row has a declared owner, so forgetting the row filter of a new entity is impossible.</summary>
public sealed class RowOwnerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_entity_of_the_model_has_a_declared_owner()
    {
        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.None, CancellationToken.None);

        var owners = db.Model.GetEntityTypes().Where(e => !e.IsPropertyBag)
            .ToDictionary(e => e.ClrType.Name, e => e.FindAnnotation(RowRules.OwnerAnnotation)?.Value as string);

        Assert.Empty(owners.Where(o => o.Value is null).Select(o => o.Key));
        Snapshooter.Xunit.Snapshot.Match(owners.OrderBy(o => o.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public async Task Personal_data_is_filtered_in_sql_and_the_catalogue_is_not()
    {
        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.None, CancellationToken.None);

        var filtered = db.Model.GetEntityTypes().Where(e => !e.IsPropertyBag && e.GetDeclaredQueryFilters().Count > 0).Select(e => e.ClrType.Name).ToHashSet();

        Assert.Contains("PlanGoal", filtered);
        Assert.Contains("Employee", filtered);
        Assert.Contains("AuditEntry", filtered);
        Assert.DoesNotContain("Competence", filtered);
    }

    [Fact]
    public void A_new_entity_without_an_owner_stops_the_model_and_is_named()
    {
        var model = new KompetensModel((builder, db) =>
        {
            var rows = new RowRules(db);
            foreach (var feature in KompetensFeatures.All)
            {
                feature.Model(builder, rows);
            }

            builder.Entity<Unowned>();
            rows.Apply(builder);
        });
        var options = new DbContextOptionsBuilder<KompetensDbContext>();
        KompetensDbContext.Configure(options, "Host=localhost;Database=never_opened", model);
        using var db = new KompetensDbContext(options.Options);

        var error = Assert.Throws<InvalidOperationException>(() => db.Model);

        Assert.Contains("No row owner is declared for Unowned", error.Message);
    }

    private sealed class Unowned : Entity;
}
