using Kompetens.Api.Data;
using Kompetens.Api.Hosting;
using Kompetens.Api.Http;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
builder.AddKompetensObservability();
builder.Services.AddKompetensDatabase(builder.Configuration);
builder.Services.AddKompetensGraphQL(builder.Configuration);

var app = builder.Build();
if (await app.TryRunCommandAsync(args))
{
    return;
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapKompetensGraphQL();
app.Run();
