using System.ComponentModel;

namespace Kompetens.Api.Organisation;

// Record fields are optional in the schema on purpose: a record that lacks one is rejected on its own
// (MISSING_FIELD) instead of the whole batch failing validation.

[Description("A batch of organisation units from the payroll system.")]
public sealed class SyncOrganisationUnitsInput
{
    [Description("The sending system, for example `heroma`. Batch ids and the serialisation of batches are per source.")]
    public required string Source { get; init; }

    [Description("The sender's unique id of this batch. Resending an applied batch id changes nothing and returns the first run.")]
    public required string BatchId { get; init; }

    [Description("FULL: the batch is every unit, and open units missing from it are closed. DELTA: only changed units.")]
    public required SyncMode Mode { get; init; }

    [Description("Only check the batch: the same counts and rejections, nothing written (not even the sync run). False when not given.")]
    public bool? DryRun { get; init; }

    [Description("The units, in any order: a parent may come later in the batch or be stored already.")]
    public required IReadOnlyList<OrganisationUnitRecordInput> Units { get; init; }
}

[Description("One organisation unit as payroll has it.")]
public sealed class OrganisationUnitRecordInput
{
    [Description("Payroll's code for the unit; the key the sync upserts by.")]
    public string? Code { get; init; }

    [Description("The unit's name (Swedish).")]
    public string? Name { get; init; }

    [Description("The unit's name in Finnish, if any.")]
    public string? NameFi { get; init; }

    [Description("The unit's name in English, if any.")]
    public string? NameEn { get; init; }

    [Description("The unit's level in the organisation.")]
    public OrganisationUnitKind? Kind { get; init; }

    [Description("The code of the unit above it; null for the city itself.")]
    public string? ParentCode { get; init; }

    [Description("The employee number of the unit's manager; may name an employee synced later.")]
    public string? ManagerEmployeeNumber { get; init; }
}

[Description("A batch of employees and their employments from the payroll system.")]
public sealed class SyncEmployeesInput
{
    [Description("The sending system, for example `heroma`. Batch ids and the serialisation of batches are per source.")]
    public required string Source { get; init; }

    [Description("The sender's unique id of this batch. Resending an applied batch id changes nothing and returns the first run.")]
    public required string BatchId { get; init; }

    [Description("FULL: the batch is every employee, and the open employments of people missing from it are ended. DELTA: only changed employees.")]
    public required SyncMode Mode { get; init; }

    [Description("Only check the batch: the same counts and rejections, nothing written (not even the sync run). False when not given.")]
    public bool? DryRun { get; init; }

    [Description("The employees, each with all of their employments.")]
    public required IReadOnlyList<EmployeeRecordInput> Employees { get; init; }
}

[Description("One employee as payroll has them: only what the employment needs (no personal identity number, salary or address).")]
public sealed class EmployeeRecordInput
{
    [Description("Payroll's employee number; the key the sync upserts by.")]
    public string? EmployeeNumber { get; init; }

    [Description("The person's Entra ID object id, which links their sign-in to this record; unique.")]
    public Guid? EntraObjectId { get; init; }

    [Description("The given name.")]
    public string? GivenName { get; init; }

    [Description("The family name.")]
    public string? FamilyName { get; init; }

    [Description("The work e-mail address.")]
    public string? Email { get; init; }

    [Description("sv, fi or en; sv when not given.")]
    public string? PreferredLanguage { get; init; }

    [Description("Every employment of the person that payroll has (current, future and ended ones still kept); employments missing here are ended.")]
    public IReadOnlyList<EmploymentRecordInput>? Employments { get; init; }
}

[Description("One employment (post) of an employee.")]
public sealed class EmploymentRecordInput
{
    [Description("The code of the unit the post is in.")]
    public string? UnitCode { get; init; }

    [Description("The job title (befattning).")]
    public string? JobTitle { get; init; }

    [Description("The first day of the post; with the unit, it identifies the post.")]
    public DateOnly? StartDate { get; init; }

    [Description("The last day of the post, when known.")]
    public DateOnly? EndDate { get; init; }

    [Description("Whether this is the person's primary post (their unit and job title come from it).")]
    public bool? Primary { get; init; }

    [Description("Working time in percent of full time, 1–100; 100 when not given.")]
    public int? ExtentPercent { get; init; }
}
