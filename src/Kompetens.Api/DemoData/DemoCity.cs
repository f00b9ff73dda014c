using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.DemoData;

/// <summary>
/// The demo city, Strandby stad: a bilingual (Swedish/Finnish) town with four administrations, about 500
/// employees and a year of competence work: a mapping campaign, development plans, trainings, teams and rotations.
/// The data is the same on every run, ids and timestamps included, so tests and the README can rely on it.
/// </summary>
public static class DemoCity
{
    /// <summary>Sara Lindholm, utvecklingspedagog at Grundläggande utbildning (<see cref="DemoUnitCode"/>): an employee with assessments, an agreed plan and enrolments.</summary>
    public const string DemoEmployeeNumber = "E10042";

    /// <summary>The Entra object id (<c>oid</c>) of <see cref="DemoEmployeeNumber"/>.</summary>
    public static readonly Guid DemoEmployeeObjectId = new("5f0c2a6e-8d4b-4c1e-9a3f-000000010042");

    /// <summary>Mikael Grönroos, chef för grundläggande utbildning: manages <see cref="DemoUnitCode"/> and so the demo employee; three schools sit below the unit.</summary>
    public const string DemoManagerNumber = "E10007";

    /// <summary>The Entra object id (<c>oid</c>) of <see cref="DemoManagerNumber"/>.</summary>
    public static readonly Guid DemoManagerObjectId = new("5f0c2a6e-8d4b-4c1e-9a3f-000000010007");

    /// <summary>Grundläggande utbildning, a department of Bildningsförvaltningen: the unit of both demo identities.</summary>
    public const string DemoUnitCode = "BILD-GRU";

    /// <summary>The demo city's "today": every date in the data is relative to it, never to the machine's clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Seeds the demo city unless the database already has an organisation. Returns whether it seeded.</summary>
    public static async Task<bool> SeedIfEmptyAsync(KompetensDbContext db, CancellationToken cancellationToken)
    {
        if (await db.OrganisationUnits.AnyAsync(cancellationToken))
        {
            return false;
        }

        var entities = new DemoCityBuilder().Build();

        // A unit's manager works in that unit, a cycle EF cannot order inside one SaveChanges. So the units go in
        // without managers and get them in the same transaction, by a bulk update that also leaves the seeded
        // UpdatedAt alone (a tracked update would stamp the real clock).
        var unitManagers = entities.OfType<OrganisationUnit>().Select(unit => (Unit: unit, Manager: unit.Manager!)).ToList();
        foreach (var (unit, _) in unitManagers)
        {
            unit.Manager = null;
        }

        // Thousands of new rows: change detection has nothing to find, and switching it off keeps the seed fast.
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.AddRange(entities);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (unit, manager) in unitManagers)
            {
                await db.OrganisationUnits.Where(u => u.Id == unit.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(u => u.ManagerId, manager.Id), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }

        return true;
    }
}
