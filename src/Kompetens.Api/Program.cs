using Kompetens.Api;
using Kompetens.Api.Data;
using Kompetens.Api.Hosting;
using Kompetens.Api.Http;
using Kompetens.Api.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
builder.AddKompetensObservability();
builder.AddKompetensSecurity();
builder.Services.AddKompetensDatabase(builder.Configuration, KompetensFeatures.Model);
builder.Services.AddKompetensFeatures();
builder.Services.AddDatabaseStartup();
builder.Services.AddKompetensGraphQL(builder.Configuration);

var app = builder.Build();
if (!app.AreValid() || await app.TryRunCommandAsync(args))
{
    return;
}

app.UseResponseCompression();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapKompetensGraphQL();
app.Run();
