namespace Kompetens.Api.Data.Seed;

/// <summary>The deterministic demo city (placeholder until the seed lands).</summary>
public static class DemoCity
{
    public static Task<bool> SeedIfEmptyAsync(KompetensDbContext db, CancellationToken cancellationToken) => Task.FromResult(false);
}
