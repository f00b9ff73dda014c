using Kompetens.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;
using static Kompetens.Api.Organisation.PayrollSync;

namespace Kompetens.Api.Organisation;

/// <summary><c>syncOrganisationUnits</c>: the unit tree is small (hundreds to a few thousand units), so it is loaded whole.</summary>
internal static class UnitSync
{
    public static async Task<object> RunAsync(MutationContext<SyncOrganisationUnitsInput> context)
    {
        var input = context.Input;
        var dryRun = input.DryRun == true;
        var db = context.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        if (await BeginAsync(context, input.Source, input.BatchId, input.Units.Count) is { } first)
        {
            return first;
        }

        var run = new SyncRun { Source = input.Source, BatchId = input.BatchId, Subject = SyncSubject.OrganisationUnits, Mode = input.Mode, StartedAt = context.Now, Received = input.Units.Count };
        var stored = await db.OrganisationUnits.AsTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, context.CancellationToken);
        var storedParent = stored.Values.ToDictionary(u => u.Id, u => u.ParentId);
        var codeOf = stored.Values.ToDictionary(u => u.Id, u => u.Code);

        var rejected = new List<SyncRejection>();
        var accepted = new Dictionary<string, OrganisationUnitRecordInput>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Units.Count; i++)
        {
            var record = input.Units[i];
            var key = Missing(record.Code) ? $"#{i}" : record.Code!;
            SyncRejection? Reject(string code, string field, string message) => new(key, code, message, field);
            var rejection =
                Missing(record.Code) ? Reject(SyncCodes.MissingField, "code", "The unit has no code.")
                : !seen.Add(record.Code!) ? Reject(SyncCodes.DuplicateKey, "code", $"The code {record.Code} comes more than once in the batch; only the first is applied.")
                : Missing(record.Name) ? Reject(SyncCodes.MissingField, "name", "The unit has no name.")
                : record.Kind is null ? Reject(SyncCodes.MissingField, "kind", "The unit has no kind.")
                : record.Code!.Length > 40 || record.Name!.Length > 400 || record.NameFi?.Length > 400 || record.NameEn?.Length > 400 || record.ManagerEmployeeNumber?.Length > 40
                    ? Reject(SyncCodes.InvalidValue, "code", "A text of the unit is too long (code at most 40, names at most 400 characters).")
                : record.ParentCode == record.Code ? Reject(SyncCodes.UnitCycle, "parentCode", "The unit is its own parent.")
                : null;
            if (rejection is null)
            {
                accepted[record.Code!] = record;
            }
            else
            {
                rejected.Add(rejection);
            }
        }

        // The parent each code has after the batch: the batch's, else the stored one.
        string? ParentOf(string code) => accepted.TryGetValue(code, out var r) ? r.ParentCode
            : stored.TryGetValue(code, out var u) && storedParent[u.Id] is Guid parent ? codeOf[parent] : null;

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (code, record) in accepted.ToList())
            {
                if (record.ParentCode is { } parent && !accepted.ContainsKey(parent) && !stored.ContainsKey(parent))
                {
                    accepted.Remove(code);
                    rejected.Add(new(code, SyncCodes.UnknownUnit, $"The parent unit {parent} is neither in the batch nor stored.", "parentCode"));
                    changed = true;
                }
            }

            foreach (var (code, parent) in accepted.Keys.Where(code => InCycle(code, ParentOf, accepted.Count + stored.Count)).Select(code => (code, ParentOf(code))).ToList())
            {
                accepted.Remove(code);
                rejected.Add(new(code, SyncCodes.UnitCycle, $"The unit's parent {parent} leads back to the unit itself.", "parentCode"));
                changed = true;
            }
        }

        var managerNumbers = accepted.Values.Select(r => r.ManagerEmployeeNumber).OfType<string>().Distinct().ToList();
        var managers = await db.Employees.Where(e => managerNumbers.Contains(e.EmployeeNumber)).ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal, context.CancellationToken);
        var units = new Dictionary<string, OrganisationUnit>(stored, StringComparer.Ordinal);
        var touched = new List<(OrganisationUnit Unit, OrganisationUnitRecordInput Record)>();
        foreach (var (code, record) in accepted)
        {
            var hash = Hash(record.Code, record.Name, record.NameFi, record.NameEn, record.Kind, record.ParentCode, record.ManagerEmployeeNumber);
            if (stored.TryGetValue(code, out var unit))
            {
                if (unit.SyncHash == hash && unit.ClosedOn is null)
                {
                    run.Unchanged++;
                    continue;
                }

                run.Updated++;
            }
            else
            {
                unit = new OrganisationUnit { Code = code, Name = new() { Sv = record.Name! } };
                db.OrganisationUnits.Add(unit);
                units[code] = unit;
                run.Created++;
            }

            unit.Name = new() { Sv = record.Name!, Fi = record.NameFi, En = record.NameEn };
            unit.Kind = record.Kind!.Value;
            unit.ManagerEmployeeNumber = record.ManagerEmployeeNumber;
            unit.ManagerId = record.ManagerEmployeeNumber is { } number && managers.TryGetValue(number, out var managerId) ? managerId : null;
            unit.ClosedOn = null;
            unit.SyncHash = hash;
            touched.Add((unit, record));
        }

        foreach (var (unit, record) in touched)
        {
            unit.Parent = record.ParentCode is null ? null : units[record.ParentCode];
        }

        if (input.Mode == SyncMode.Full)
        {
            // A unit of a rejected record is still in the set: only units the batch does not name are closed.
            foreach (var unit in stored.Values.Where(u => u.ClosedOn is null && !seen.Contains(u.Code)))
            {
                unit.ClosedOn = context.Today;
                run.Closed++;
            }
        }

        if (!dryRun)
        {
            await SaveUnauditedAsync(db, context.CancellationToken);
        }

        var outcome = await FinishAsync(context, run, rejected, dryRun);
        if (!dryRun)
        {
            await transaction.CommitAsync(context.CancellationToken);
        }

        return outcome;
    }

    /// <summary>Whether following parents from <paramref name="code"/> comes back to it.</summary>
    private static bool InCycle(string code, Func<string, string?> parentOf, int limit)
    {
        var current = parentOf(code);
        for (var steps = 0; current is not null && steps <= limit; steps++)
        {
            if (current == code)
            {
                return true;
            }

            current = parentOf(current);
        }

        return false;
    }
}
