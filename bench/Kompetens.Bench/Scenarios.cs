namespace Kompetens.Bench;

/// <summary>Who sends a scenario's requests.</summary>
public enum CallerKind
{
    /// <summary>A random active employee (delegated token).</summary>
    Employee,

    /// <summary>A random manager of a department, asking about their own department.</summary>
    Manager,

    /// <summary>HR's tool (app role Kompetens.Admin).</summary>
    Admin,

    /// <summary>The payroll system (app role Kompetens.Payroll.Sync).</summary>
    Payroll,

    /// <summary>A BI tool (app role Kompetens.Analytics.Read).</summary>
    Analytics,
}

/// <summary>One consumer's typical request: the GraphQL document the API gets, and who sends it.</summary>
public sealed record Scenario(string Key, string Title, CallerKind Caller, string Query);

/// <summary>The scenarios S1–S5 (S6, the payroll sync, is <see cref="PayrollSync"/>).</summary>
public static class Scenarios
{
    /// <summary>The fingerprint the API puts in the cursors of <c>employees</c> ordered by <c>updatedAt</c> (an opaque constant of that list and order).</summary>
    public const string UpdatedAtCursorFingerprint = "215C69E01C38626F";

    public const int AnnualPlanYear = 2026;

    public static readonly Scenario S1 = new("s1", "S1 intranet widget: me with plans, goals, activities, events, profile", CallerKind.Employee, """
        query Widget {
          me {
            employeeNumber givenName familyName jobTitle
            organisationUnit { code name { text } }
            competenceProfile { level assessor competence { code } }
            developmentPlans(order: [{ periodStart: DESC }]) {
              periodStart periodEnd status
              goals { targetLevel status dueDate competence { code } }
              activities { kind status description startsOn trainingEvent { startsAt location training { code } } }
            }
            enrolments { status trainingEvent { startsAt training { code } } }
          }
        }
        """);

    /// <summary>Payroll's read-back, page by page: schema/operations/payroll/ChangedEmployees.graphql.</summary>
    public static readonly Scenario S2 = new("s2", "S2 payroll read-back: a page of 1,000 changed employees (updatedAt keyset)", CallerKind.Payroll, PayrollOperation("ChangedEmployees"));

    public static readonly Scenario S3 = new("s3", "S3 search for people with totalCount (HR)", CallerKind.Admin, """
        query Search($q: String!) {
          employees(search: $q, first: 20) {
            totalCount
            nodes { employeeNumber givenName familyName jobTitle organisationUnit { code } }
          }
        }
        """);

    public static readonly Scenario S4Gaps = new("s4gaps", "S4 gap analysis, largest administration and its subtree (HR/BI)", CallerKind.Admin, GapsQuery);

    public static readonly Scenario S4Annual = new("s4annual", "S4 annual personnel plan, largest administration and its subtree (BI)", CallerKind.Analytics, """
        query AnnualPlan($u: ID!, $year: Int!) {
          annualPersonnelPlan(organisationUnitId: $u, year: $year) {
            year
            staffGroups { organisationUnit { code } staffGroup employees assessed withAgreedPlan plannedParticipants plannedHours suppressed }
            requirements { organisationUnit { code } headcountNow headcountFuture }
            plannedTrainingEvents { startsAt training { code } }
          }
        }
        """);

    public static readonly Scenario S5 = new("s5", "S5 manager's gaps of own department", CallerKind.Manager, GapsQuery);

    public static IReadOnlyList<Scenario> All { get; } = [S1, S2, S3, S4Gaps, S4Annual, S5];

    /// <summary>Searched for in S3: parts of names, titles and numbers, as people type them.</summary>
    public static readonly string[] SearchTerms = ["lind", "berg", "anna", "ström", "lärare", "B0001", "erik", "nen", "kock", "sjuk", "holm", "mäki", "ekon", "sara", "qvist", "jur"];

    /// <summary>One of the payroll system's published operations (schema/operations/payroll/, embedded in this assembly).</summary>
    public static string PayrollOperation(string name)
    {
        using var stream = typeof(Scenarios).Assembly.GetManifestResourceStream($"payroll/{name}.graphql")
            ?? throw new InvalidOperationException($"schema/operations/payroll/{name}.graphql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private const string GapsQuery = """
        query Gaps($u: ID!) {
          competenceGaps(organisationUnitId: $u) {
            people needed qualified gap
            requirement { requiredLevel headcount horizon targetDate jobTitle competence { code } organisationUnit { code } }
          }
        }
        """;
}
