using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>A colleague who has a competence at a level and has chosen to be findable for it.</summary>
public sealed record CompetenceHolder(string GivenName, string FamilyName, string? Email, string? JobTitle, LocalizedText OrganisationUnit, int Level);

public sealed class CompetenceHolderType : ObjectGraphType<CompetenceHolder>
{
    public CompetenceHolderType()
    {
        Name = "CompetenceHolder";
        Description = "A colleague who has chosen to be findable by competence, with what a colleague needs to get in touch.";
        this.AllowAnonymous();
        Field(x => x.GivenName).Description("The colleague's given name.");
        Field(x => x.FamilyName).Description("The colleague's family name.");
        Field(x => x.Email, nullable: true).Description("The colleague's work e-mail address.");
        Field(x => x.JobTitle, nullable: true).Description("The colleague's job title.");
        Field("organisationUnit", x => x.OrganisationUnit, typeof(NonNullGraphType<LocalizedTextType>)).Description("The name of the colleague's unit.");
        Field(x => x.Level).Description("The colleague's current level in the competence.");
    }
}

[Description("The signed-in employee chooses whether colleagues can find them by their competences.")]
public sealed class SetCompetenceVisibilityInput
{
    [Description("True to be findable by competence; false to withdraw.")]
    public required bool FindableByCompetence { get; init; }
}

public static class CompetenceHolders
{
    public static void AddCompetenceHolderQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceHolderType>>>>("competenceHolders")
            .Description("Colleagues who have a competence at least at a level and have chosen to be findable for it — for finding help, mentors and team members.")
            .Argument<NonNullGraphType<IdGraphType>>("competenceId", "The competence.")
            .Argument<NonNullGraphType<IntGraphType>>("minimumLevel", "The lowest current level to include.")
            .AuthorizeWithPolicy(Policies.PersonalData)
            .ResolveAsync(async context =>
            {
                var competenceId = GlobalIds.Key(context.GetArgument<string>("competenceId"), "Competence", "competenceId");
                var minimum = context.GetArgument<int>("minimumLevel");
                await using var db = await context.RequestServices!.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, context.CancellationToken);
                // Only people who opted in, and only while active: their choice is what makes them visible here.
                var findable = await db.Employees
                    .Where(e => e.FindableByCompetence && e.Status == EmployeeStatus.Active && e.Assessments.Any(a => a.CompetenceId == competenceId))
                    .Select(e => new { e.Id, e.GivenName, e.FamilyName, e.Email, e.JobTitle, Unit = e.OrganisationUnit.Name })
                    .ToListAsync(context.CancellationToken);
                var levels = (await CompetenceProfile.CurrentAsync(db, [.. findable.Select(e => e.Id)], CurrentLevelRule.For(context.RequestServices!), context.CancellationToken))
                    .Where(l => l.CompetenceId == competenceId)
                    .ToDictionary(l => l.EmployeeId, l => l.Level);
                return findable
                    .Where(e => levels.GetValueOrDefault(e.Id, -1) >= minimum)
                    .Select(e => new CompetenceHolder(e.GivenName, e.FamilyName, e.Email, e.JobTitle, e.Unit, levels[e.Id]))
                    .OrderByDescending(h => h.Level).ThenBy(h => h.FamilyName, StringComparer.Ordinal)
                    .ToList();
            });

    public static void AddCompetenceVisibilityMutation(this ObjectGraphType mutation) =>
        mutation.Mutation<SetCompetenceVisibilityInput, EmployeeType>("setCompetenceVisibility", "employee",
            "The signed-in employee opts in to (or out of) being findable by colleagues looking for a competence.", Policies.Employee,
            async context =>
            {
                var id = context.Caller.Self();
                var employee = await context.Db.Employees.AsTracking().SingleAsync(e => e.Id == id, context.CancellationToken);
                employee.FindableByCompetence = context.Input.FindableByCompetence;
                await context.Db.SaveChangesAsync(context.CancellationToken);
                return employee;
            });
}
