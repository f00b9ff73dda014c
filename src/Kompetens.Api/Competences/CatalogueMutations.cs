using Kompetens.Api.Audit;
using Kompetens.Api.Plans;
using Kompetens.Api.Trainings;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>HR keeps the competence catalogue: adds, changes, retires and merges competences.</summary>
public static class CatalogueMutations
{
    public static void AddCatalogueMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateProficiencyScaleInput, ProficiencyScaleType>("createProficiencyScale", "proficiencyScale",
            "HR adds a proficiency scale with its levels.", Policies.Admin, CreateScaleAsync);
        mutation.Mutation<CreateCompetenceInput, CompetenceType>("createCompetence", "competence",
            "HR adds a competence to the catalogue.", Policies.Admin, CreateAsync);
        mutation.Mutation<UpdateCompetenceInput, CompetenceType>("updateCompetence", "competence",
            "HR changes a competence's texts.", Policies.Admin, UpdateAsync);
        mutation.Mutation<RetireCompetenceInput, CompetenceType>("retireCompetence", "competence",
            "HR retires a competence; it stays readable for history.", Policies.Admin, RetireAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<MergeCompetencesInput, CompetenceType>("mergeCompetences", "competence",
            "HR merges a duplicate into the competence that is kept: assessments, requirements, plan goals and trainings move, the duplicate is retired.",
            Policies.Admin, MergeAsync, typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> CreateScaleAsync(MutationContext<CreateProficiencyScaleInput> context)
    {
        var input = context.Input;
        if (await context.Db.ProficiencyScales.AnyAsync(s => s.Code == input.Code, context.CancellationToken))
        {
            throw new InvalidInputError("code", $"The code {input.Code} is taken.");
        }

        if (input.Levels.Count == 0 || input.Levels.Any(l => l.Level is < 0 or > 10) || input.Levels.Select(l => l.Level).Distinct().Count() != input.Levels.Count)
        {
            throw new InvalidInputError("levels", "A scale has distinct levels between 0 and 10.");
        }

        var scale = new ProficiencyScale { Code = input.Code, Name = input.Name.ToText() };
        context.Db.ProficiencyScales.Add(scale);
        context.Db.ProficiencyLevels.AddRange(input.Levels.Select(l => new ProficiencyLevel
        {
            ScaleId = scale.Id,
            Level = l.Level,
            Name = l.Name.ToText(),
            Description = l.Description?.ToText(),
        }));
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return scale;
    }

    private static async Task<object> CreateAsync(MutationContext<CreateCompetenceInput> context)
    {
        var input = context.Input;
        if (await context.Db.Competences.AnyAsync(c => c.Code == input.Code, context.CancellationToken))
        {
            throw new InvalidInputError("code", $"The code {input.Code} is taken.");
        }

        var competence = new Competence
        {
            Code = input.Code,
            Name = input.Name.ToText(),
            Description = input.Description?.ToText(),
            Dimension = input.Dimension,
            ScaleId = GlobalIds.Key(input.ScaleId, "ProficiencyScale", "scaleId"),
            ParentId = GlobalIds.OptionalKey(input.ParentId, "Competence", "parentId"),
            EscoUri = input.EscoUri,
            Status = CompetenceStatus.Active,
        };
        context.Db.Competences.Add(competence);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return competence;
    }

    private static async Task<object> UpdateAsync(MutationContext<UpdateCompetenceInput> context)
    {
        var competence = await LoadAsync(context, context.Input.CompetenceId, "competenceId");
        competence.Name = context.Input.Name?.ToText() ?? competence.Name;
        competence.Description = context.Input.Description?.ToText() ?? competence.Description;
        competence.EscoUri = context.Input.EscoUri ?? competence.EscoUri;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return competence;
    }

    private static async Task<object> RetireAsync(MutationContext<RetireCompetenceInput> context)
    {
        var competence = await LoadAsync(context, context.Input.CompetenceId, "competenceId");
        Retire(competence);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return competence;
    }

    private static async Task<object> MergeAsync(MutationContext<MergeCompetencesInput> context)
    {
        var source = await LoadAsync(context, context.Input.SourceId, "sourceId");
        var target = await LoadAsync(context, context.Input.TargetId, "targetId");
        if (source.Id == target.Id || target.Status != CompetenceStatus.Active)
        {
            throw new InvalidInputError("targetId", "Merge into another, active competence.");
        }

        var db = context.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        Retire(source);
        await db.SaveChangesAsync(context.CancellationToken);

        // History moves with the competence; set-based updates, past row filters (HR merges everyone's records).
        var assessments = await db.CompetenceAssessments.IgnoreQueryFilters().Where(a => a.CompetenceId == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.CompetenceId, target.Id), context.CancellationToken);
        // One requirement stands per unit or job title, competence and horizon: the duplicate's requirements that the kept
        // competence already has are withdrawn (kept as history), not moved on top of them.
        var now = context.Now;
        var withdrawnRequirements = await db.CompetenceRequirements
            .Where(r => r.CompetenceId == source.Id && r.WithdrawnAt == null && db.Set<CompetenceRequirement>().Any(t => t.CompetenceId == target.Id && t.WithdrawnAt == null
                && t.OrganisationUnitId == r.OrganisationUnitId && t.JobTitle == r.JobTitle && t.Horizon == r.Horizon && t.TargetDate == r.TargetDate))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.WithdrawnAt, now), context.CancellationToken);
        var requirements = await db.CompetenceRequirements.Where(r => r.CompetenceId == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CompetenceId, target.Id), context.CancellationToken);
        var planGoals = await db.PlanGoals.IgnoreQueryFilters().Where(g => g.CompetenceId == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.CompetenceId, target.Id), context.CancellationToken);
        var trainings = await db.TrainingCompetences.Where(t => t.CompetenceId == source.Id && !db.Set<TrainingCompetence>().Any(o => o.TrainingId == t.TrainingId && o.CompetenceId == target.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.CompetenceId, target.Id), context.CancellationToken);

        // Set-based updates bypass the change tracker, so the merge writes its own audit entry.
        db.AuditEntries.Add(new Audit.AuditEntry
        {
            OccurredAt = context.Now,
            Actor = context.Caller.Actor,
            Operation = "mergeCompetences",
            EntityType = nameof(Competence),
            EntityId = target.Id,
            Action = Audit.AuditAction.Updated,
            Changes = System.Text.Json.JsonSerializer.Serialize(new { mergedFrom = source.Id, assessments, requirements, withdrawnRequirements, planGoals, trainings }),
        });
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return target;
    }

    /// <summary>A competence is active until HR retires it (or merges it into another).</summary>
    private static readonly StateMachine<CompetenceStatus> Lifecycle = new("competence");
    private static readonly Transition<CompetenceStatus> RetireStep = Lifecycle.Allow("retired", [CompetenceStatus.Active], CompetenceStatus.Retired);

    private static void Retire(Competence competence) => competence.Status = Lifecycle.Take(competence.Status, RetireStep);

    private static async Task<Competence> LoadAsync<TInput>(MutationContext<TInput> context, string id, string field)
    {
        var key = GlobalIds.Key(id, "Competence", field);
        return await context.Db.Competences.AsTracking().SingleOrDefaultAsync(c => c.Id == key, context.CancellationToken)
            ?? throw new NotFoundError("competence", id);
    }
}
