using GraphQL.Types;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Kompetens.GraphQL.Data.Ids;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Plans;

/// <summary>Individual development plans: drafted by the employee, agreed with the manager, followed up and closed.</summary>
public static class PlanMutations
{
    public static void AddPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<DraftDevelopmentPlanInput, DevelopmentPlanType>("draftDevelopmentPlan", "developmentPlan",
            "The signed-in employee drafts their development plan for a period, with goals, activities and the service-strategy goals it supports. A person's plans never overlap (withdrawn ones aside).",
            Policies.Employee, DraftAsync);
        mutation.Mutation<UpdateDevelopmentPlanInput, DevelopmentPlanType>("updateDevelopmentPlan", "developmentPlan",
            "The employee edits their draft or returned plan: period, goals, activities (with their training event, team, rotation or goal) and strategy links; what is given replaces what the plan had.",
            Policies.PersonalData, UpdateAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<SubmitDevelopmentPlanInput, DevelopmentPlanType>("submitDevelopmentPlan", "developmentPlan",
            "The employee submits their draft plan to their manager.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Submit), typeof(InvalidTransitionErrorType));
        mutation.Mutation<WithdrawDevelopmentPlanInput, DevelopmentPlanType>("withdrawDevelopmentPlan", "developmentPlan",
            "The employee withdraws their own draft plan; it is kept as withdrawn and frees its period for a new plan.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Withdraw), typeof(InvalidTransitionErrorType));
        mutation.Mutation<AgreeDevelopmentPlanInput, DevelopmentPlanType>("agreeDevelopmentPlan", "developmentPlan",
            "The manager agrees a submitted plan. The plan must support at least one service-strategy goal.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Agree), typeof(InvalidTransitionErrorType), typeof(StrategyLinkRequiredErrorType));
        mutation.Mutation<ReturnDevelopmentPlanInput, DevelopmentPlanType>("returnDevelopmentPlan", "developmentPlan",
            "The manager returns a submitted plan to the employee with a comment; the employee edits it and submits again.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Return, context.Input.Comment), typeof(InvalidTransitionErrorType));
        mutation.Mutation<RecordPlanFollowUpInput, DevelopmentPlanType>("recordPlanFollowUp", "developmentPlan",
            "The manager records a follow-up conversation on an agreed plan, and where each goal stands (achieved, not achieved, in progress, dropped).", Policies.PersonalData,
            FollowUpAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<UpdatePlanActivityStatusInput, PlanActivityType>("updatePlanActivityStatus", "planActivity",
            "The employee or their manager records how an activity of an agreed plan is going.", Policies.PersonalData,
            UpdateActivityAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CloseDevelopmentPlanInput, DevelopmentPlanType>("closeDevelopmentPlan", "developmentPlan",
            "The manager closes a plan whose period has ended.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Close), typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> DraftAsync(MutationContext<DraftDevelopmentPlanInput> context)
    {
        var input = context.Input;
        var employeeId = context.Caller.Self();
        await MustNotOverlapAsync(context, employeeId, null, input.PeriodStart, input.PeriodEnd);
        var plan = new DevelopmentPlan
        {
            EmployeeId = employeeId,
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            Status = DevelopmentPlanStatus.Draft,
            StrategyGoals = await StrategyGoalsAsync(context, input.StrategyGoalIds ?? []),
        };
        await SetContentAsync(context, plan, input.Goals ?? [], input.Activities ?? []);
        context.Db.DevelopmentPlans.Add(plan);
        await SaveHoldingThePeriodAsync(context);
        return plan;
    }

    private static async Task<object> UpdateAsync(MutationContext<UpdateDevelopmentPlanInput> context)
    {
        var input = context.Input;
        var plan = await TakeAsync(context, input.PlanId, input.Version, PlanWorkflow.Edit);
        var start = input.PeriodStart ?? plan.PeriodStart;
        var end = input.PeriodEnd ?? plan.PeriodEnd;
        await MustNotOverlapAsync(context, plan.EmployeeId, plan.Id, start, end);
        plan.PeriodStart = start;
        plan.PeriodEnd = end;
        if (input.StrategyGoalIds is { } strategyGoalIds)
        {
            plan.StrategyGoals = await StrategyGoalsAsync(context, strategyGoalIds);
        }

        if (input.Goals is not null || input.Activities is not null)
        {
            await context.Db.Entry(plan).Collection(p => p.Goals).LoadAsync(context.CancellationToken);
            await context.Db.Entry(plan).Collection(p => p.Activities).LoadAsync(context.CancellationToken);

            // A draft has no enrolments or follow-ups yet that hold on to its rows, so its content is replaced whole.
            var goals = input.Goals ?? [.. plan.Goals.Select(g => new PlanGoalInput
            {
                CompetenceId = GlobalId.Format("Competence", g.CompetenceId), CurrentLevel = g.CurrentLevel, TargetLevel = g.TargetLevel, DueDate = g.DueDate,
            })];
            var activities = input.Activities ?? [.. plan.Activities.Select(a => new PlanActivityInput
            {
                Kind = a.Kind, Description = a.Description, StartsOn = a.StartsOn, EndsOn = a.EndsOn, Cost = a.Cost,
                TrainingEventId = Format("TrainingEvent", a.TrainingEventId), TeamId = Format("Team", a.TeamId), JobRotationId = Format("JobRotation", a.JobRotationId),
                FundingSourceId = Format("FundingSource", a.FundingSourceId), GoalCompetenceId = Format("Competence", a.Goal?.CompetenceId),
            })];
            context.Db.PlanActivities.RemoveRange(plan.Activities);
            context.Db.PlanGoals.RemoveRange(plan.Goals);
            plan.Goals = [];
            plan.Activities = [];
            await SetContentAsync(context, plan, goals, activities);
            context.Db.PlanGoals.AddRange(plan.Goals);
            context.Db.PlanActivities.AddRange(plan.Activities);
        }

        plan.UpdatedAt = context.Now;
        await SaveHoldingThePeriodAsync(context);
        return plan;
    }

    private static string? Format(string type, Guid? key) => key is { } id ? GlobalId.Format(type, id) : null;

    /// <summary>Saves a plan that takes a period; a concurrent plan that took an overlapping one first makes it the same input error.</summary>
    private static async Task SaveHoldingThePeriodAsync<TInput>(MutationContext<TInput> context)
    {
        try
        {
            await context.Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException error) when (error.Violated(PlanWorkflow.NoOverlapConstraint))
        {
            throw new InvalidInputError("periodStart", "The period overlaps another plan of the person, made a moment ago; edit or withdraw that plan instead.");
        }
    }

    /// <summary>One person, one plan per period: no two plans that hold their period (all but withdrawn ones) overlap.</summary>
    private static async Task MustNotOverlapAsync<TInput>(MutationContext<TInput> context, Guid employeeId, Guid? planId, DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new InvalidInputError("periodEnd", "The period must not end before it starts.");
        }

        var overlapping = await context.Db.DevelopmentPlans.IgnoreQueryFilters()
            .Where(p => p.EmployeeId == employeeId && p.Id != planId && PlanWorkflow.HoldsItsPeriod.Contains(p.Status)
                && p.PeriodStart <= end && p.PeriodEnd >= start)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(context.CancellationToken);
        if (overlapping is { } other)
        {
            throw new InvalidInputError("periodStart", $"The period overlaps the plan {GlobalId.Format("DevelopmentPlan", other)}; edit or withdraw that plan instead.");
        }
    }

    private static async Task<List<StrategyItem>> StrategyGoalsAsync<TInput>(MutationContext<TInput> context, IReadOnlyList<string> given)
    {
        var strategyIds = GlobalIds.Keys(given, "StrategyItem", "strategyGoalIds");
        var strategyGoals = await context.Db.StrategyItems.AsTracking().Where(s => strategyIds.Contains(s.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll(given, strategyIds, strategyGoals.Select(s => s.Id), "strategyGoalIds", "strategy item");
        if (strategyGoals.FirstOrDefault(s => s.IsRetiredOn(context.Today)) is { } retired)
        {
            throw new InvalidInputError("strategyGoalIds", $"The strategy item {GlobalId.Format("StrategyItem", retired.Id)} was retired on {retired.ValidTo:yyyy-MM-dd}; base the plan on one in force.");
        }

        return strategyGoals;
    }

    /// <summary>Builds the plan's goals and activities; an activity's team, rotation (the employee's own) and goal must exist.</summary>
    private static async Task SetContentAsync<TInput>(MutationContext<TInput> context, DevelopmentPlan plan, IReadOnlyList<PlanGoalInput> goals, IReadOnlyList<PlanActivityInput> activities)
    {
        foreach (var goal in goals)
        {
            if (goal.TargetLevel <= goal.CurrentLevel || goal.CurrentLevel < 0 || goal.TargetLevel > 10)
            {
                throw new InvalidInputError("goals", "A goal's target level must be above its current level, within 0–10.");
            }

            plan.Goals.Add(new PlanGoal
            {
                PlanId = plan.Id,
                CompetenceId = GlobalIds.Key(goal.CompetenceId, "Competence", "goals.competenceId"),
                CurrentLevel = goal.CurrentLevel,
                TargetLevel = goal.TargetLevel,
                DueDate = goal.DueDate,
                Status = PlanGoalStatus.NotStarted,
            });
        }

        foreach (var activity in activities)
        {
            var teamId = GlobalIds.OptionalKey(activity.TeamId, "Team", "activities.teamId");
            if (teamId is { } team && !await context.Db.Teams.AnyAsync(t => t.Id == team, context.CancellationToken))
            {
                throw new InvalidInputError("activities.teamId", $"No team with id '{activity.TeamId}'.");
            }

            var rotationId = GlobalIds.OptionalKey(activity.JobRotationId, "JobRotation", "activities.jobRotationId");
            if (rotationId is { } rotation && !await context.Db.JobRotations.AnyAsync(r => r.Id == rotation && r.EmployeeId == plan.EmployeeId, context.CancellationToken))
            {
                throw new InvalidInputError("activities.jobRotationId", $"The rotation '{activity.JobRotationId}' is not one of the employee's own.");
            }

            var goalCompetence = GlobalIds.OptionalKey(activity.GoalCompetenceId, "Competence", "activities.goalCompetenceId");
            var goal = goalCompetence is null ? null : plan.Goals.FirstOrDefault(g => g.CompetenceId == goalCompetence)
                ?? throw new InvalidInputError("activities.goalCompetenceId", $"The plan has no goal for the competence '{activity.GoalCompetenceId}'.");
            plan.Activities.Add(new PlanActivity
            {
                PlanId = plan.Id,
                Kind = activity.Kind,
                Description = activity.Description,
                TrainingEventId = GlobalIds.OptionalKey(activity.TrainingEventId, "TrainingEvent", "activities.trainingEventId"),
                TeamId = teamId,
                JobRotationId = rotationId,
                Goal = goal,
                StartsOn = activity.StartsOn,
                EndsOn = activity.EndsOn,
                Cost = activity.Cost,
                FundingSourceId = GlobalIds.OptionalKey(activity.FundingSourceId, "FundingSource", "activities.fundingSourceId"),
                Status = PlanActivityStatus.Planned,
            });
        }
    }

    private static async Task<object> StepAsync<TInput>(MutationContext<TInput> context, Transition<DevelopmentPlanStatus> step, string? comment = null)
        where TInput : IDevelopmentPlanStep
    {
        var plan = await TakeAsync(context, context.Input.PlanId, context.Input.Version, step);
        if (step == PlanWorkflow.Agree)
        {
            if (!plan.StrategyGoals.Any(IsServiceStrategy))
            {
                throw new StrategyLinkRequiredError();
            }

            plan.AgreedById = context.Caller.EmployeeId;
            plan.AgreedAt = context.Now;
        }
        else if (step == PlanWorkflow.Return)
        {
            plan.ManagerComment = string.IsNullOrWhiteSpace(comment)
                ? throw new InvalidInputError("comment", "Say why the plan is returned.")
                : comment;
        }
        else if (step == PlanWorkflow.Close && plan.PeriodEnd > context.Today)
        {
            throw new InvalidTransitionError("development plan whose period has not ended", plan.Status.ToString(), step.Action);
        }

        plan.Status = PlanWorkflow.Plan.Take(plan.Status, step);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return plan;
    }

    private static async Task<object> UpdateActivityAsync(MutationContext<UpdatePlanActivityStatusInput> context)
    {
        var id = GlobalIds.Key(context.Input.ActivityId, "PlanActivity", "activityId");
        var activity = await context.Db.PlanActivities.AsTracking().Include(a => a.Plan).ThenInclude(p => p.Employee)
            .SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("plan activity", context.Input.ActivityId);
        context.Caller.MustBeSelfOrManage(activity.Plan.EmployeeId, await context.UnitsOfAsync(activity.Plan.EmployeeId), "update a plan activity");

        if (activity.Plan.Status is not (DevelopmentPlanStatus.Agreed or DevelopmentPlanStatus.FollowedUp))
        {
            throw new InvalidTransitionError("activity of a plan that is not agreed", activity.Plan.Status.ToString(), "updated");
        }

        activity.Status = PlanWorkflow.Activity.MoveTo(activity.Status, context.Input.Status);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return activity;
    }

    private static async Task<object> FollowUpAsync(MutationContext<RecordPlanFollowUpInput> context)
    {
        var plan = await TakeAsync(context, context.Input.PlanId, null, PlanWorkflow.FollowUp);
        // Added explicitly: a new row with a client-made key, reached only through a navigation, would be taken for an existing one.
        context.Db.PlanFollowUps.Add(new PlanFollowUp { PlanId = plan.Id, HeldOn = context.Input.HeldOn, Notes = context.Input.Notes, ConductedById = context.Caller.EmployeeId });
        var outcomes = context.Input.Goals ?? [];
        var goalIds = outcomes.Select(o => GlobalIds.Key(o.GoalId, "PlanGoal", "goals.goalId")).ToList();
        var goals = await context.Db.PlanGoals.AsTracking().Where(g => g.PlanId == plan.Id && goalIds.Contains(g.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll([.. outcomes.Select(o => o.GoalId)], goalIds, goals.Select(g => g.Id), "goals.goalId", "goal of the plan");
        foreach (var (outcome, goalId) in outcomes.Zip(goalIds))
        {
            goals.Single(g => g.Id == goalId).Status = outcome.Status;
        }

        plan.Status = PlanWorkflow.Plan.Take(plan.Status, PlanWorkflow.FollowUp);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return plan;
    }

    /// <summary>Loads the plan for a step and checks the version, who is taking the step, and that the step is allowed now.</summary>
    private static async Task<DevelopmentPlan> TakeAsync<TInput>(MutationContext<TInput> context, string planId, long? version, Transition<DevelopmentPlanStatus> step)
    {
        var id = GlobalIds.Key(planId, "DevelopmentPlan", "planId");
        var plan = await context.Db.DevelopmentPlans.AsTracking()
            .Include(p => p.Employee)
            .Include(p => p.StrategyGoals).ThenInclude(s => s.Parent)
            .SingleOrDefaultAsync(p => p.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("development plan", planId);
        if (version is { } expected && expected != plan.Version)
        {
            throw new ConcurrentChangeError("development plan");
        }

        if (PlanWorkflow.By(step) == PlanWorkflow.Actor.Owner && plan.EmployeeId != context.Caller.EmployeeId)
        {
            throw new NotAllowedError("Only the employee whose plan it is can take this step.");
        }

        if (PlanWorkflow.By(step) == PlanWorkflow.Actor.Manager)
        {
            context.Caller.MustManage(plan.EmployeeId, await context.UnitsOfAsync(plan.EmployeeId), $"take this step on a development plan ({step.Action})");
        }

        PlanWorkflow.Plan.Take(plan.Status, step);
        return plan;
    }

    /// <summary>The service strategy itself, or a goal under it.</summary>
    private static bool IsServiceStrategy(StrategyItem item) =>
        item.Kind == StrategyItemKind.ServiceStrategy || item.Parent?.Kind == StrategyItemKind.ServiceStrategy;
}
