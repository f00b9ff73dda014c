using GraphQL.Types;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Kompetens.GraphQL.Data.Ids;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>
/// The competences the city needs: a unit's manager (or HR) states, changes and withdraws them. A requirement stands
/// until withdrawn; a withdrawn one is history and no longer counts in gaps, analytics or the annual plan.
/// </summary>
public static class RequirementMutations
{
    public static void AddRequirementMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<StateCompetenceRequirementInput, CompetenceRequirementType>("stateCompetenceRequirement", "competenceRequirement",
            "A manager (or HR) states a competence a unit needs: level, headcount, now or by a future date. The same requirement (unit, competence, horizon and target date) stated twice is refused.",
            Policies.PersonalData, StateAsync, typeof(RequirementAlreadyStatedErrorType));
        mutation.Mutation<ChangeCompetenceRequirementInput, CompetenceRequirementType>("changeCompetenceRequirement", "competenceRequirement",
            "The unit's manager (or HR; for a job title, HR) changes a standing requirement: level, headcount, horizon and target date, rationale, strategy goal.",
            Policies.PersonalData, ChangeAsync, typeof(InvalidTransitionErrorType), typeof(RequirementAlreadyStatedErrorType));
        mutation.Mutation<WithdrawCompetenceRequirementInput, CompetenceRequirementType>("withdrawCompetenceRequirement", "competenceRequirement",
            "The unit's manager (or HR; for a job title, HR) withdraws a requirement: it stays as history but no longer counts in gap analysis, analytics or the annual plan.",
            Policies.PersonalData, WithdrawAsync, typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> StateAsync(MutationContext<StateCompetenceRequirementInput> context)
    {
        var input = context.Input;
        var unitId = GlobalIds.Key(input.OrganisationUnitId, "OrganisationUnit", "organisationUnitId");
        context.Caller.MustManageUnit(unitId, "state what the unit needs");
        var requirement = new CompetenceRequirement
        {
            OrganisationUnitId = unitId,
            CompetenceId = GlobalIds.Key(input.CompetenceId, "Competence", "competenceId"),
            RequiredLevel = input.RequiredLevel,
            Headcount = input.Headcount,
            Horizon = input.Horizon,
            TargetDate = input.TargetDate,
            StrategyGoalId = GlobalIds.OptionalKey(input.StrategyGoalId, "StrategyItem", "strategyGoalId"),
            Rationale = input.Rationale,
        };
        context.Db.CompetenceRequirements.Add(requirement);
        return await SaveAsync(context, requirement);
    }

    private static async Task<object> ChangeAsync(MutationContext<ChangeCompetenceRequirementInput> context)
    {
        var input = context.Input;
        var requirement = await LoadStandingAsync(context, input.RequirementId, "changed");
        requirement.RequiredLevel = input.RequiredLevel ?? requirement.RequiredLevel;
        requirement.Headcount = input.Headcount ?? requirement.Headcount;
        requirement.Horizon = input.Horizon ?? requirement.Horizon;
        requirement.TargetDate = input.TargetDate ?? (input.Horizon == RequirementHorizon.Now ? null : requirement.TargetDate);
        requirement.StrategyGoalId = GlobalIds.OptionalKey(input.StrategyGoalId, "StrategyItem", "strategyGoalId") ?? requirement.StrategyGoalId;
        requirement.Rationale = input.Rationale ?? requirement.Rationale;
        return await SaveAsync(context, requirement);
    }

    private static async Task<object> WithdrawAsync(MutationContext<WithdrawCompetenceRequirementInput> context)
    {
        var requirement = await LoadStandingAsync(context, context.Input.RequirementId, "withdrawn");
        requirement.WithdrawnAt = context.Now;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return requirement;
    }

    /// <summary>A requirement that stands, which the caller may decide on: the manager of its unit or HR; for a job title, HR.</summary>
    private static async Task<CompetenceRequirement> LoadStandingAsync<TInput>(MutationContext<TInput> context, string id, string action)
    {
        var key = GlobalIds.Key(id, "CompetenceRequirement", "requirementId");
        var requirement = await context.Db.CompetenceRequirements.AsTracking().SingleOrDefaultAsync(r => r.Id == key, context.CancellationToken)
            ?? throw new NotFoundError("competence requirement", id);
        if (requirement.OrganisationUnitId is { } unitId)
        {
            context.Caller.MustManageUnit(unitId, "change what the unit needs");
        }
        else if (!context.Caller.IsAdmin)
        {
            throw new NotAllowedError("Only HR can change a requirement stated for a job title across the city.");
        }

        if (requirement.WithdrawnAt is not null)
        {
            throw new InvalidTransitionError("competence requirement", "withdrawn", action);
        }

        return requirement;
    }

    /// <summary>Checks the requirement, new or changed, and saves it, unless the same requirement already stands.</summary>
    private static async Task<CompetenceRequirement> SaveAsync<TInput>(MutationContext<TInput> context, CompetenceRequirement requirement)
    {
        await CheckAsync(context, requirement);
        if (await SameStandingAsync(context, requirement) is { } existing)
        {
            throw new RequirementAlreadyStatedError(GlobalId.Format("CompetenceRequirement", existing));
        }

        try
        {
            await context.Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException error) when (error.Violated(CompetenceRequirementConfiguration.OneCurrentRequirementIndex))
        {
            // A concurrent request stated the same requirement first; the unique index kept this one out.
            context.Db.ChangeTracker.Clear();
            var winner = await SameStandingAsync(context, requirement);
            throw new RequirementAlreadyStatedError(winner is { } id ? GlobalId.Format("CompetenceRequirement", id) : null);
        }

        return requirement;
    }

    /// <summary>Another standing requirement of the same unit or job title, competence, horizon and target date.</summary>
    private static async Task<Guid?> SameStandingAsync<TInput>(MutationContext<TInput> context, CompetenceRequirement requirement) =>
        await context.Db.CompetenceRequirements
            .Where(r => r.Id != requirement.Id && r.WithdrawnAt == null && r.OrganisationUnitId == requirement.OrganisationUnitId
                && r.JobTitle == requirement.JobTitle && r.CompetenceId == requirement.CompetenceId && r.Horizon == requirement.Horizon
                && r.TargetDate == requirement.TargetDate)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(context.CancellationToken);

    /// <summary>What every requirement meets, new or changed.</summary>
    private static async Task CheckAsync<TInput>(MutationContext<TInput> context, CompetenceRequirement requirement)
    {
        if (requirement.Headcount < 1)
        {
            throw new InvalidInputError("headcount", "At least one person must be needed.");
        }

        if (requirement.Horizon == RequirementHorizon.Future && requirement.TargetDate is null)
        {
            throw new InvalidInputError("targetDate", "A future need needs a target date.");
        }

        if (requirement.RequiredLevel is < 1 or > 10)
        {
            throw new InvalidInputError("requiredLevel", "The required level must be between 1 and 10.");
        }

        await Assessments.CheckAsync(context.Db, requirement.CompetenceId, requirement.RequiredLevel, context.CancellationToken);
        if (requirement.StrategyGoalId is { } goal && !await context.Db.StrategyItems.AnyAsync(s => s.Id == goal, context.CancellationToken))
        {
            throw new InvalidInputError("strategyGoalId", "No strategy item with that id that you may see.");
        }
    }
}
