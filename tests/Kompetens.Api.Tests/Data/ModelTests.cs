using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetens.Api.Tests.Data;

public sealed class ModelTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private Task<KompetensDbContext> Db() => api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, CancellationToken.None);

    [Fact]
    public async Task Model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = await Db();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/Kompetens.Api --output-dir Data/Migrations");
    }

    [Fact]
    public async Task Deleting_an_employee_with_history_is_refused_by_the_database()
    {
        await using var db = await Db();
        var employeeId = await db.CompetenceAssessments.Select(a => a.EmployeeId).FirstAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Employees.Where(e => e.Id == employeeId).ExecuteDeleteAsync());

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    [Fact]
    public async Task Levels_outside_the_scale_range_are_refused_by_the_database()
    {
        await using var db = await Db();
        var any = await db.CompetenceAssessments.FirstAsync();
        db.CompetenceAssessments.Add(new CompetenceAssessment
        {
            EmployeeId = any.EmployeeId,
            CompetenceId = any.CompetenceId,
            Level = 11,
            Assessor = AssessorKind.Self,
            AssessedAt = DateTimeOffset.UtcNow,
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.CheckViolation, ((PostgresException)error.InnerException!).SqlState);
    }

    [Fact]
    public async Task Employee_numbers_are_unique()
    {
        await using var db = await Db();
        var existing = await db.Employees.FirstAsync();
        db.Employees.Add(new Organisation.Employee
        {
            EmployeeNumber = existing.EmployeeNumber,
            GivenName = "Dubbel",
            FamilyName = "Gångare",
            OrganisationUnitId = existing.OrganisationUnitId,
            EmploymentStartDate = new DateOnly(2026, 1, 1),
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, ((PostgresException)error.InnerException!).SqlState);
    }

    [Fact]
    public async Task Saving_stamps_created_and_updated_times()
    {
        await using var db = await Db();
        var funding = new Strategy.FundingSource { Name = new() { Sv = "Test fund" }, Kind = Strategy.FundingSourceKind.OwnBudget };
        db.FundingSources.Add(funding);
        await db.SaveChangesAsync();

        Assert.NotEqual(default, funding.CreatedAt);
        Assert.Equal(funding.CreatedAt, funding.UpdatedAt);
        Assert.Equal(7, funding.Id.Version);
    }
}
