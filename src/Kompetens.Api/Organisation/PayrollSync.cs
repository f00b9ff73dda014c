using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Audit;
using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Organisation;

/// <summary>
/// The payroll system's batch sync of units and employees (docs/payroll.md): upsert by payroll's keys, a content
/// hash per record so that an identical record writes nothing, per-record rejections with stable codes, dry runs,
/// idempotent batch ids, and batches of one source serialised by a PostgreSQL advisory lock.
/// </summary>
public static class PayrollSync
{
    /// <summary>The most records one batch may hold (docs/payroll.md).</summary>
    public const int MaxRecords = 50_000;

    public static void AddPayrollSyncMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<SyncOrganisationUnitsInput>("syncOrganisationUnits",
            "The payroll system pushes organisation units: upserted by code, identical ones untouched, with FULL closing the open units the batch no longer has. Bad records are rejected one by one; the rest is applied.",
            Policies.PayrollSync, UnitSync.RunAsync, Payload, typeof(BatchTooLargeErrorType));
        mutation.Mutation<SyncEmployeesInput>("syncEmployees",
            "The payroll system pushes employees with their employments: upserted by employee number, identical ones untouched, with FULL ending the employments of people the batch no longer has (they are kept as Terminated, with their history). Bad records are rejected one by one; the rest is applied.",
            Policies.PayrollSync, EmployeeSync.RunAsync, Payload, typeof(BatchTooLargeErrorType));
    }

    private static void Payload(ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<SyncRunType>("syncRun").Description("The run: what happened to the batch's records. For a dry run, the run that would be recorded (not stored).")
            .Resolve(c => (c.Source.Result as SyncOutcome)?.Run);
        payload.Field<ListGraphType<NonNullGraphType<SyncRejectionType>>>("rejected").Description("The records that were refused, each with its key and a stable code; the other records were applied.")
            .Resolve(c => (c.Source.Result as SyncOutcome)?.Rejected);
    }

    /// <summary>Checks the batch's envelope, takes the source's lock, and returns the run already recorded for this batch id, if any.</summary>
    internal static async Task<SyncOutcome?> BeginAsync<TInput>(MutationContext<TInput> context, string source, string batchId, int records)
    {
        if (records > MaxRecords)
        {
            throw new BatchTooLargeError(records, MaxRecords);
        }

        if (string.IsNullOrWhiteSpace(source) || source.Length > 100)
        {
            throw new InvalidInputError("source", "The source must be given, at most 100 characters.");
        }

        if (string.IsNullOrWhiteSpace(batchId) || batchId.Length > 200)
        {
            throw new InvalidInputError("batchId", "The batch id must be given, at most 200 characters.");
        }

        // One batch of a source at a time, units and employees alike, until this transaction ends.
        await context.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"kompetens-payroll-sync:" + source}, 0))", context.CancellationToken);
        var first = await context.Db.SyncRuns.SingleOrDefaultAsync(r => r.Source == source && r.BatchId == batchId, context.CancellationToken);
        return first is null ? null : new SyncOutcome(first, first.Rejections is null ? [] : JsonSerializer.Deserialize<List<SyncRejection>>(first.Rejections)!);
    }

    /// <summary>Records the run with one summary audit entry (the records themselves are not audited one by one), or, for a dry run, records nothing.</summary>
    internal static async Task<SyncOutcome> FinishAsync<TInput>(MutationContext<TInput> context, SyncRun run, List<SyncRejection> rejected, bool dryRun)
    {
        run.Rejected = rejected.Count;
        run.Status = rejected.Count == 0 ? SyncRunStatus.Succeeded : rejected.Count == run.Received ? SyncRunStatus.Failed : SyncRunStatus.PartiallySucceeded;
        run.FinishedAt = context.Now;
        run.Rejections = JsonSerializer.Serialize(rejected);
        if (dryRun)
        {
            return new SyncOutcome(run, rejected);
        }

        var db = context.Db;
        db.SyncRuns.Add(run);
        db.AuditEntries.Add(new AuditEntry
        {
            Actor = context.Caller.Actor,
            Operation = db.Operation,
            OccurredAt = context.Now,
            EntityType = nameof(SyncRun),
            EntityId = run.Id,
            Action = AuditAction.Created,
            Changes = JsonSerializer.Serialize(new { run.Subject, run.Mode, run.Source, run.BatchId, run.Received, run.Created, run.Updated, run.Unchanged, run.Closed, run.Terminated, run.Rejected }),
        });
        await SaveUnauditedAsync(db, context.CancellationToken);
        return new SyncOutcome(run, rejected);
    }

    /// <summary>Saves without an audit entry per record: a sync run is audited as one summary entry (<see cref="FinishAsync"/>).</summary>
    internal static async Task SaveUnauditedAsync(KompetensDbContext db, CancellationToken cancellationToken)
    {
        var actor = db.Actor;
        db.Actor = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Actor = actor;
        }
    }

    /// <summary>The content hash of a record: its fields, in a fixed order, each length-prefixed.</summary>
    internal static string Hash(params object?[] fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            var value = field switch
            {
                null => "\u0000",
                DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => field.ToString()!,
            };
            text.Append(value.Length).Append(':').Append(value).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    internal static bool Missing(string? value) => string.IsNullOrWhiteSpace(value);
}

/// <summary>A run and its rejected records: the payload of a sync mutation.</summary>
public sealed record SyncOutcome(SyncRun Run, IReadOnlyList<SyncRejection> Rejected);

/// <summary>A record of a batch that was refused.</summary>
public sealed record SyncRejection(string Key, string Code, string Message, string? Field);

/// <summary>The stable codes of refused records (docs/payroll.md).</summary>
public static class SyncCodes
{
    public const string MissingField = "MISSING_FIELD";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidValue = "INVALID_VALUE";
    public const string EndBeforeStart = "END_BEFORE_START";
    public const string UnknownUnit = "UNKNOWN_UNIT";
    public const string UnitCycle = "UNIT_CYCLE";
    public const string EntraIdTaken = "ENTRA_ID_TAKEN";
}

public sealed class SyncRejectionType : ObjectGraphType<SyncRejection>
{
    public SyncRejectionType()
    {
        Name = "SyncRejection";
        Description = "A record of a payroll batch that was refused; the rest of the batch was applied.";
        this.AllowAnonymous();
        Field(x => x.Key).Description("The record's payroll key (unit code or employee number), or `#n` (its position in the batch) when it has none.");
        Field(x => x.Code).Description("A stable code: MISSING_FIELD, DUPLICATE_KEY, INVALID_EMAIL, INVALID_VALUE, END_BEFORE_START, UNKNOWN_UNIT, UNIT_CYCLE or ENTRA_ID_TAKEN.");
        Field(x => x.Message).Description("What is wrong with the record, for a person.");
        Field(x => x.Field, nullable: true).Description("The input field at fault, such as `employments[1].unitCode`.");
    }
}
