using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Competences;

/// <summary>An employee's current level in one competence, derived from the assessment history.</summary>
public sealed record CompetenceLevel(Guid EmployeeId, Guid CompetenceId, int Level, string Assessor, DateTimeOffset AssessedAt);

public sealed class CompetenceLevelType : ObjectGraphType<CompetenceLevel>
{
    public CompetenceLevelType()
    {
        Name = "CompetenceLevel";
        Description = "An employee's current level in a competence, by the city's one rule: of the assessments still valid, the newest manager or evidence assessment (evidence never below the manager's level), else a colleague's, else the employee's own.";
        this.AllowAnonymous();
        Field<NonNullGraphType<CompetenceType>>("competence").Description("The competence.")
            .Resolve(c => ((CompetenceType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, c.Source.CompetenceId));
        Field(x => x.Level).Description("The current level.");
        Field<NonNullGraphType<EnumerationGraphType<AssessorKind>>>("assessor").Description("Who made the assessment the level comes from.")
            .Resolve(c => Enum.Parse<AssessorKind>(c.Source.Assessor));
        Field(x => x.AssessedAt).Description("When that assessment was made.");
    }
}

public static class CompetenceProfile
{
    /// <summary>Current levels of many employees at once, by the one definition in <see cref="CurrentLevel"/>.</summary>
    public static async Task<List<CompetenceLevel>> CurrentAsync(KompetensDbContext db, IReadOnlyCollection<Guid> employeeIds, CurrentLevelRule rule, CancellationToken cancellationToken)
    {
        var sql = CurrentLevel.Sql("a.employee_id = ANY(@ids)", rule);
        return await db.Database.SqlQueryRaw<CompetenceLevel>(sql, new NpgsqlParameter("ids", employeeIds.ToArray())).ToListAsync(cancellationToken);
    }

    /// <summary>Adds <c>competenceProfile</c> to the employee type.</summary>
    public static void AddCompetenceProfile(this EmployeeType employee) =>
        employee.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceLevelType>>>>("competenceProfile")
            .Description("The employee's current level in each competence they have been assessed in, derived from the assessment history.")
            .AuthorizeWithPolicy(Policies.PersonalData)
            .Resolve(context => context.BatchLoader<Guid, IReadOnlyList<CompetenceLevel>>("Employee.competenceProfile", () =>
            {
                var contexts = context.RequestServices!.GetRequiredService<KompetensContexts>();
                return new(async (ids, cancellationToken) =>
                {
                    // The parent employees are already the ones the caller may see, personal data included.
                    await using var db = await contexts.OpenAsync(RowAccess.Unfiltered, cancellationToken);
                    var levels = await CurrentAsync(db, ids, CurrentLevelRule.For(context.RequestServices!), cancellationToken);
                    return levels.GroupBy(l => l.EmployeeId).ToDictionary(g => g.Key, g => (IReadOnlyList<CompetenceLevel>)[.. g.OrderBy(l => l.CompetenceId)]);
                });
            }).Load(((Employee)context.Source!).Id, []))
            .FieldType.SetRequires([employee.Key]);
}
