using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Involvement;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;
using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Data;

public sealed class DemoCityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private Task<KompetensDbContext> Db() => api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, CancellationToken.None);

    [Fact]
    public async Task Seeds_the_same_city_every_time()
    {
        var first = await SeedFreshAsync();
        var second = await SeedFreshAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await using var db = await Db();
        var before = await db.Employees.CountAsync();

        Assert.False(await DemoCity.SeedIfEmptyAsync(db, CancellationToken.None));
        Assert.Equal(before, await db.Employees.CountAsync());
    }

    [Fact]
    public async Task The_city_has_the_shape_the_demo_promises()
    {
        await using var db = await Db();

        Assert.Equal(4, await db.OrganisationUnits.CountAsync(u => u.Kind == Organisation.OrganisationUnitKind.Administration));
        Assert.InRange(await db.OrganisationUnits.CountAsync(), 35, 50);
        Assert.Equal(0, await db.OrganisationUnits.CountAsync(u => u.ManagerId == null));
        Assert.InRange(await db.Employees.CountAsync(), 450, 550);
        Assert.InRange(await db.Competences.CountAsync(), 55, 75);
        Assert.Equal(Enum.GetValues<Competences.CompetenceDimension>().Order(), (await db.Competences.Select(c => c.Dimension).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Plans.DevelopmentPlanStatus>().Order(), (await db.DevelopmentPlans.Select(p => p.Status).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Trainings.EnrolmentStatus>().Order(), (await db.Enrolments.Select(e => e.Status).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Competences.AssessorKind>().Order(), (await db.CompetenceAssessments.Select(a => a.Assessor).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Strategy.StrategyItemKind>().Order(), (await db.StrategyItems.Select(s => s.Kind).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Competences.RequirementHorizon>().Order(), (await db.CompetenceRequirements.Select(r => r.Horizon).Distinct().ToListAsync()).Order());
        Assert.True(await db.FundingSources.AnyAsync(f => f.Kind == Strategy.FundingSourceKind.EuEsfPlus));
        Assert.Equal(Enum.GetValues<ImprovementProposalStatus>().Order(), (await db.ImprovementProposals.Select(p => p.Status).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Trainings.LearningSource>().Order(), (await db.KnowledgeSharingActions.Select(a => a.Source).Distinct().ToListAsync()).Order());
        Assert.True(await db.QualityWorkResults.AnyAsync(r => r.QualityTool.Kind == Strategy.StrategyItemKind.QualityTool));
        // What HR keeps up: a planned campaign over some competences only, a withdrawn requirement, a retired strategy
        // item; campaign and funding names in Finnish too.
        Assert.Equal(Enum.GetValues<Competences.MappingCampaignStatus>().Order(), (await db.MappingCampaigns.Select(c => c.Status).Distinct().ToListAsync()).Order());
        Assert.True(await db.MappingCampaigns.AnyAsync(c => c.Competences.Any()));
        Assert.True(await db.CompetenceRequirements.AnyAsync(r => r.WithdrawnAt != null));
        var demoToday = DateOnly.FromDateTime(DemoCity.Now.UtcDateTime);
        Assert.True(await db.StrategyItems.AnyAsync(s => s.ValidTo < demoToday));
        Assert.True(await db.MappingCampaigns.AllAsync(c => c.Name.Fi != null && c.Description!.Fi != null));
        Assert.True(await db.FundingSources.AllAsync(f => f.Name.Fi != null));
        Assert.Equal(3, await db.Teams.CountAsync());
        Assert.True(await db.JobRotations.AnyAsync());
    }

    [Fact]
    public async Task Teams_span_administrations()
    {
        await using var db = await Db();
        var units = await db.OrganisationUnits.Select(u => new { u.Id, u.ParentId, u.Kind }).ToDictionaryAsync(u => u.Id);
        Guid AdministrationOf(Guid id) => units[id].Kind == Organisation.OrganisationUnitKind.Administration ? id : AdministrationOf(units[id].ParentId!.Value);

        var teams = await db.Teams.Select(t => t.Units.Select(u => u.Id).ToList()).ToListAsync();

        Assert.All(teams, team => Assert.True(team.Select(AdministrationOf).Distinct().Count() >= 2));
    }

    [Fact]
    public async Task No_training_event_has_more_places_taken_than_capacity()
    {
        await using var db = await Db();
        Trainings.EnrolmentStatus[] taken = [Trainings.EnrolmentStatus.Approved, Trainings.EnrolmentStatus.Attended, Trainings.EnrolmentStatus.Completed];

        var overfull = await db.TrainingEvents.CountAsync(e => e.Enrolments.Count(x => taken.Contains(x.Status)) > e.Capacity);

        Assert.Equal(0, overfull);
    }

    [Fact]
    public async Task Demo_identities_exist_and_the_manager_manages_the_employees_unit()
    {
        await using var db = await Db();
        var employee = await db.Employees.Include(e => e.OrganisationUnit).SingleAsync(e => e.EmployeeNumber == DemoCity.DemoEmployeeNumber);
        var manager = await db.Employees.SingleAsync(e => e.EmployeeNumber == DemoCity.DemoManagerNumber);

        Assert.Equal(DemoCity.DemoEmployeeObjectId, employee.EntraObjectId);
        Assert.Equal(DemoCity.DemoManagerObjectId, manager.EntraObjectId);
        Assert.Equal(DemoCity.DemoUnitCode, employee.OrganisationUnit.Code);
        Assert.Equal(manager.Id, employee.OrganisationUnit.ManagerId);
    }

    /// <summary>Seeds an empty database and returns a fingerprint of what it wrote: ids, keys and timestamps.</summary>
    private static async Task<string> SeedFreshAsync()
    {
        var options = new DbContextOptionsBuilder<KompetensDbContext>();
        KompetensDbContext.Configure(options, await TestPostgres.CreateDatabaseAsync(TestPostgres.EmptyTemplate), KompetensFeatures.Model)
            .AddInterceptors(new TimestampInterceptor(TimeProvider.System));
        await using var db = new KompetensDbContext(options.Options);
        await DemoCity.SeedIfEmptyAsync(db, CancellationToken.None);

        var employees = await db.Employees.OrderBy(e => e.Id).Select(e => $"{e.Id}|{e.EmployeeNumber}|{e.GivenName}|{e.OrganisationUnitId}|{e.UpdatedAt:O}").ToListAsync();
        var assessments = await db.CompetenceAssessments.OrderBy(a => a.Id).Select(a => $"{a.Id}|{a.Level}|{a.AssessedAt:O}").ToListAsync();
        var plans = await db.DevelopmentPlans.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Status}").ToListAsync();
        return string.Join("\n", employees.Concat(assessments).Concat(plans));
    }
}
