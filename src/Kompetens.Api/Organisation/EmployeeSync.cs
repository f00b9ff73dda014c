using System.Text.RegularExpressions;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using static Kompetens.Api.Organisation.PayrollSync;

namespace Kompetens.Api.Organisation;

/// <summary>
/// <c>syncEmployees</c>, set-based: the batch's keys are looked up in one query, only records whose content hash
/// differs are loaded (in one more), every change is saved with one <c>SaveChanges</c>, and what the batch does not
/// say (people a FULL batch no longer has, employments whose dates have passed) is one statement each.
/// </summary>
internal static partial class EmployeeSync
{

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    private sealed record Post(Guid UnitId, string? JobTitle, DateOnly Start, DateOnly? End, bool Primary, int Extent);

    private sealed record Accepted(EmployeeRecordInput Record, string Number, string Language, List<Post> Posts, string Hash);

    public static async Task<object> RunAsync(MutationContext<SyncEmployeesInput> context)
    {
        var input = context.Input;
        var dryRun = input.DryRun == true;
        var db = context.Db;
        var today = context.Today;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        if (await BeginAsync(context, input.Source, input.BatchId, input.Employees.Count) is { } first)
        {
            return first;
        }

        var run = new SyncRun { Source = input.Source, BatchId = input.BatchId, Subject = SyncSubject.Employees, Mode = input.Mode, StartedAt = context.Now, Received = input.Employees.Count };
        var units = await db.OrganisationUnits.Select(u => new { u.Code, u.Id }).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, context.CancellationToken);
        var rejected = new List<SyncRejection>();
        var accepted = new Dictionary<string, Accepted>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Employees.Count; i++)
        {
            var record = input.Employees[i];
            var key = Missing(record.EmployeeNumber) ? $"#{i}" : record.EmployeeNumber!;
            if (Validate(record, key, units, named) is { } rejection)
            {
                rejected.Add(rejection);
                continue;
            }

            var posts = record.Employments!.Select(x => new Post(units[x.UnitCode!], x.JobTitle, x.StartDate!.Value, x.EndDate, x.Primary ?? false, x.ExtentPercent ?? 100)).ToList();
            var language = record.PreferredLanguage ?? "sv";
            var hash = Hash([record.EmployeeNumber, record.EntraObjectId, record.GivenName, record.FamilyName, record.Email, language,
                .. record.Employments!.OrderBy(x => x.UnitCode, StringComparer.Ordinal).ThenBy(x => x.StartDate)
                    .SelectMany(x => new object?[] { x.UnitCode, x.JobTitle, x.StartDate, x.EndDate, x.Primary ?? false, x.ExtentPercent ?? 100 })]);
            accepted[key] = new Accepted(record, key, language, posts, hash);
        }

        await RejectTakenEntraIdsAsync(db, accepted, rejected, context.CancellationToken);

        var numbers = accepted.Keys.ToList();
        var stored = await db.Employees.Where(e => numbers.Contains(e.EmployeeNumber))
            .Select(e => new { e.EmployeeNumber, e.SyncHash }).ToDictionaryAsync(e => e.EmployeeNumber, e => e.SyncHash, StringComparer.Ordinal, context.CancellationToken);
        var changed = accepted.Values.Where(a => stored.TryGetValue(a.Number, out var hash) && hash != a.Hash).Select(a => a.Number).ToList();
        run.Unchanged = accepted.Values.Count(a => stored.TryGetValue(a.Number, out var hash) && hash == a.Hash);
        var loaded = await db.Employees.AsTracking().AsSplitQuery().Include(e => e.Employments).Where(e => changed.Contains(e.EmployeeNumber))
            .ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.Ordinal, context.CancellationToken);

        var created = new List<Employee>();
        foreach (var item in accepted.Values.Where(a => !stored.ContainsKey(a.Number) || loaded.ContainsKey(a.Number)))
        {
            if (!loaded.TryGetValue(item.Number, out var employee))
            {
                employee = new Employee { EmployeeNumber = item.Number, GivenName = item.Record.GivenName!, FamilyName = item.Record.FamilyName!, Status = EmployeeStatus.Active };
                created.Add(employee);
            }

            var before = stored.ContainsKey(item.Number) ? employee.Status : EmployeeStatus.Terminated;
            employee.EntraObjectId = item.Record.EntraObjectId;
            employee.GivenName = item.Record.GivenName!;
            employee.FamilyName = item.Record.FamilyName!;
            employee.Email = item.Record.Email;
            employee.PreferredLanguage = item.Language;
            employee.SyncHash = item.Hash;
            MergeEmployments(db, employee, item.Posts, today);
            Derive(employee, today);
            if (before != EmployeeStatus.Terminated && employee.Status == EmployeeStatus.Terminated)
            {
                run.Terminated++;
            }
        }

        run.Created = created.Count;
        run.Updated = loaded.Count;
        db.Employees.AddRange(created);
        await SaveUnauditedAsync(db, context.CancellationToken);

        if (input.Mode == SyncMode.Full)
        {
            await EndEmploymentsOfMissingAsync(context, named);
        }

        run.Terminated += await RefreshDerivedAsync(context);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE organisation_units u SET manager_id = e.id
            FROM employees e WHERE e.employee_number = u.manager_employee_number AND u.manager_id IS DISTINCT FROM e.id
            """, context.CancellationToken);

        var outcome = await FinishAsync(context, run, rejected, dryRun);
        if (!dryRun)
        {
            await transaction.CommitAsync(context.CancellationToken);
        }

        // A dry run did the work in the transaction to count exactly, and rolls it back when the transaction is disposed.
        return outcome;
    }

    private static SyncRejection? Validate(EmployeeRecordInput record, string key, Dictionary<string, Guid> units, HashSet<string> named)
    {
        SyncRejection Reject(string code, string field, string message) => new(key, code, message, field);
        if (Missing(record.EmployeeNumber))
        {
            return Reject(SyncCodes.MissingField, "employeeNumber", "The employee has no employee number.");
        }

        if (!named.Add(record.EmployeeNumber!))
        {
            return Reject(SyncCodes.DuplicateKey, "employeeNumber", $"The employee number {key} comes more than once in the batch; only the first is applied.");
        }

        if (Missing(record.GivenName) || Missing(record.FamilyName))
        {
            return Reject(SyncCodes.MissingField, Missing(record.GivenName) ? "givenName" : "familyName", "The employee needs a given name and a family name.");
        }

        if (record.Employments is not { Count: > 0 } employments)
        {
            return Reject(SyncCodes.MissingField, "employments", "The employee has no employment; send their ended employments too, they are kept as history.");
        }

        if (record.Email is { } email && (email.Length > 400 || !Email().IsMatch(email)))
        {
            return Reject(SyncCodes.InvalidEmail, "email", $"'{email}' is not an e-mail address.");
        }

        if (record.EmployeeNumber!.Length > 40 || record.GivenName!.Length > 400 || record.FamilyName!.Length > 400)
        {
            return Reject(SyncCodes.InvalidValue, "employeeNumber", "A text of the employee is too long (employee number at most 40, names at most 400 characters).");
        }

        if (record.PreferredLanguage is { } language && !LocalizedText.Languages.Contains(language))
        {
            return Reject(SyncCodes.InvalidValue, "preferredLanguage", $"The preferred language is '{language}'; it must be sv, fi or en.");
        }

        var posts = new HashSet<(string, DateOnly)>();
        for (var j = 0; j < employments.Count; j++)
        {
            var post = employments[j];
            var field = $"employments[{j}]";
            if (Missing(post.UnitCode) || post.StartDate is null)
            {
                return Reject(SyncCodes.MissingField, field + (post.StartDate is null ? ".startDate" : ".unitCode"), "An employment needs a unit code and a start date.");
            }

            if (post.EndDate < post.StartDate)
            {
                return Reject(SyncCodes.EndBeforeStart, field + ".endDate", $"The employment in {post.UnitCode} ends ({post.EndDate:yyyy-MM-dd}) before it starts ({post.StartDate:yyyy-MM-dd}).");
            }

            if (post.ExtentPercent is < 1 or > 100 || post.JobTitle?.Length > 400)
            {
                return Reject(SyncCodes.InvalidValue, field + ".extentPercent", "The extent must be 1–100 percent and the job title at most 400 characters.");
            }

            if (!units.ContainsKey(post.UnitCode!))
            {
                return Reject(SyncCodes.UnknownUnit, field + ".unitCode", $"No unit has the code {post.UnitCode}; sync the units first.");
            }

            if (!posts.Add((post.UnitCode!, post.StartDate.Value)))
            {
                return Reject(SyncCodes.DuplicateKey, field, $"Two employments in {post.UnitCode} start on {post.StartDate:yyyy-MM-dd}.");
            }
        }

        return null;
    }

    /// <summary>An Entra object id belongs to one person: refused when another employee has it, stored or earlier in the batch (unless the batch moves it away from them).</summary>
    private static async Task RejectTakenEntraIdsAsync(Kompetens.Api.Data.KompetensDbContext db, Dictionary<string, Accepted> accepted, List<SyncRejection> rejected, CancellationToken cancellationToken)
    {
        var ids = accepted.Values.Select(a => a.Record.EntraObjectId).OfType<Guid>().Distinct().ToList();
        var owners = await db.Employees.Where(e => e.EntraObjectId != null && ids.Contains(e.EntraObjectId.Value))
            .Select(e => new { Id = e.EntraObjectId!.Value, e.EmployeeNumber }).ToDictionaryAsync(e => e.Id, e => e.EmployeeNumber, cancellationToken);
        var inBatch = new Dictionary<Guid, string>();
        foreach (var item in accepted.Values.ToList())
        {
            if (item.Record.EntraObjectId is not Guid id)
            {
                continue;
            }

            var storedOwner = owners.GetValueOrDefault(id);
            var takenInStore = storedOwner is not null && storedOwner != item.Number
                && !(accepted.TryGetValue(storedOwner, out var owner) && owner.Record.EntraObjectId != id);
            if (takenInStore || !inBatch.TryAdd(id, item.Number))
            {
                accepted.Remove(item.Number);
                rejected.Add(new(item.Number, SyncCodes.EntraIdTaken, $"The Entra object id {id} belongs to employee {storedOwner ?? inBatch[id]}.", "entraObjectId"));
            }
        }
    }

    /// <summary>
    /// The record's employments replace the person's: matched by unit and start date, new ones added, and the
    /// person's employments the record no longer has ended yesterday (or, not yet begun, withdrawn).
    /// </summary>
    private static void MergeEmployments(Kompetens.Api.Data.KompetensDbContext db, Employee employee, List<Post> posts, DateOnly today)
    {
        var byKey = employee.Employments.ToDictionary(x => (x.OrganisationUnitId, x.StartDate));
        foreach (var post in posts)
        {
            if (!byKey.Remove((post.UnitId, post.Start), out var employment))
            {
                employment = new Employment { OrganisationUnitId = post.UnitId, StartDate = post.Start };
                employee.Employments.Add(employment);

                // Its key is set already, so EF would take a new post of a stored person for an existing row.
                if (db.Entry(employee).State != EntityState.Detached)
                {
                    db.Employments.Add(employment);
                }
            }

            employment.JobTitle = post.JobTitle;
            employment.EndDate = post.End;
            employment.Primary = post.Primary;
            employment.ExtentPercent = post.Extent;
        }

        foreach (var gone in byKey.Values)
        {
            if (gone.StartDate >= today)
            {
                employee.Employments.Remove(gone);
                db.Employments.Remove(gone);
            }
            else if (gone.EndDate is null || gone.EndDate >= today)
            {
                gone.EndDate = today.AddDays(-1);
            }
        }
    }

    /// <summary>
    /// The employee's unit, job title, status and period from their employments. Must choose as
    /// <see cref="RefreshDerivedAsync"/> does: current first, then primary, latest start, largest extent, unit id.
    /// </summary>
    private static void Derive(Employee employee, DateOnly today)
    {
        var posts = employee.Employments;
        var main = posts.OrderByDescending(x => x.IsCurrentOn(today)).ThenByDescending(x => x.Primary).ThenByDescending(x => x.StartDate)
            .ThenByDescending(x => x.ExtentPercent).ThenBy(x => x.OrganisationUnitId.ToString(), StringComparer.Ordinal).First();
        employee.OrganisationUnitId = main.OrganisationUnitId;
        employee.JobTitle = main.JobTitle;
        employee.Status = !main.IsCurrentOn(today) ? EmployeeStatus.Terminated : employee.Status == EmployeeStatus.OnLeave ? EmployeeStatus.OnLeave : EmployeeStatus.Active;
        employee.EmploymentStartDate = posts.Min(x => x.StartDate);
        employee.EmploymentEndDate = posts.All(x => x.EndDate is not null) ? posts.Max(x => x.EndDate) : null;
    }

    /// <summary>FULL: the people the batch does not name keep their records, but their open employments end (and those not yet begun are withdrawn).</summary>
    private static async Task EndEmploymentsOfMissingAsync(MutationContext<SyncEmployeesInput> context, HashSet<string> named)
    {
        var db = context.Db;
        var today = context.Today;
        var yesterday = today.AddDays(-1);
        var now = context.Now;
        var numbers = named.ToList();
        var open = db.Employments.Where(x => !numbers.Contains(x.Employee.EmployeeNumber) && (x.EndDate == null || x.EndDate >= today));

        // Their record is no longer what payroll has: the next time they are sent, it is applied whatever it says.
        await db.Employees.Where(e => e.SyncHash != null && !numbers.Contains(e.EmployeeNumber) && e.Employments.Any(x => x.EndDate == null || x.EndDate >= today))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SyncHash, (string?)null), context.CancellationToken);
        await open.Where(x => x.StartDate >= today && x.Employee.Employments.Any(y => y.StartDate < today)).ExecuteDeleteAsync(context.CancellationToken);
        await open.ExecuteUpdateAsync(s => s.SetProperty(x => x.EndDate, x => x.StartDate > yesterday ? x.StartDate : yesterday).SetProperty(x => x.UpdatedAt, now), context.CancellationToken);
    }

    /// <summary>
    /// Brings every employee's stored unit, job title, status and period in line with their employments on today's
    /// date — employments end and begin by date between syncs — and returns how many became Terminated.
    /// </summary>
    private static async Task<int> RefreshDerivedAsync(MutationContext<SyncEmployeesInput> context)
    {
        var today = context.Today;
        var now = context.Now;
        // A data-modifying WITH must be the top-level statement, so this one is sent as it is, not composed by EF.
        var db = context.Db;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.Parameters.Add(new NpgsqlParameter("today", today));
        command.Parameters.Add(new NpgsqlParameter("now", now));
        command.CommandText = """
            WITH main AS (
                SELECT DISTINCT ON (x.employee_id) x.employee_id, x.organisation_unit_id, x.job_title,
                       (x.start_date <= @today AND (x.end_date IS NULL OR x.end_date >= @today)) AS is_current
                FROM employments x
                ORDER BY x.employee_id, (x.start_date <= @today AND (x.end_date IS NULL OR x.end_date >= @today)) DESC,
                         x."primary" DESC, x.start_date DESC, x.extent_percent DESC, x.organisation_unit_id::text COLLATE "C"
            ), period AS (
                SELECT employee_id, min(start_date) AS start_date, CASE WHEN bool_and(end_date IS NOT NULL) THEN max(end_date) END AS end_date
                FROM employments GROUP BY employee_id
            ), derived AS (
                SELECT e.id, e.status AS old_status, m.organisation_unit_id, m.job_title, p.start_date, p.end_date,
                       CASE WHEN NOT m.is_current THEN 'Terminated' WHEN e.status = 'OnLeave' THEN 'OnLeave' ELSE 'Active' END AS status
                FROM employees e JOIN main m ON m.employee_id = e.id JOIN period p ON p.employee_id = e.id
            ), changed AS (
                UPDATE employees e
                SET organisation_unit_id = d.organisation_unit_id, job_title = d.job_title, status = d.status,
                    employment_start_date = d.start_date, employment_end_date = d.end_date, updated_at = @now
                FROM derived d
                WHERE e.id = d.id AND (e.organisation_unit_id, e.job_title, e.status, e.employment_start_date, e.employment_end_date)
                      IS DISTINCT FROM (d.organisation_unit_id, d.job_title, d.status, d.start_date, d.end_date)
                RETURNING d.old_status, d.status
            )
            SELECT count(*)::int FROM changed WHERE old_status <> 'Terminated' AND status = 'Terminated'
            """;
        return (int)(await command.ExecuteScalarAsync(context.CancellationToken))!;
    }
}
