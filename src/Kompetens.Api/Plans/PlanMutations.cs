using GraphQL.Types;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Plans;

/// <summary>Individual development plans: drafted by the employee, agreed with the manager, followed up and closed.</summary>
public static class PlanMutations
{
    public static void AddPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<DraftDevelopmentPlanInput, DevelopmentPlanType>("draftDevelopmentPlan", "developmentPlan",
            "The signed-in employee drafts their development plan for a period, with goals, activities and the service-strategy goals it supports.",
            Policies.Employee, DraftAsync);
        mutation.Mutation<DevelopmentPlanStepInput, DevelopmentPlanType>("submitDevelopmentPlan", "developmentPlan",
            "The employee submits their draft plan to their manager.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Submit), typeof(InvalidTransitionErrorType));
        mutation.Mutation<DevelopmentPlanStepInput, DevelopmentPlanType>("agreeDevelopmentPlan", "developmentPlan",
            "The manager agrees a submitted plan. The plan must support at least one service-strategy goal.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Agree), typeof(InvalidTransitionErrorType), typeof(StrategyLinkRequiredErrorType));
        mutation.Mutation<DevelopmentPlanStepInput, DevelopmentPlanType>("returnDevelopmentPlan", "developmentPlan",
            "The manager returns a submitted plan to the employee with a comment.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Return), typeof(InvalidTransitionErrorType));
        mutation.Mutation<RecordPlanFollowUpInput, DevelopmentPlanType>("recordPlanFollowUp", "developmentPlan",
            "The manager records a follow-up conversation on an agreed plan.", Policies.PersonalData,
            FollowUpAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<UpdatePlanActivityStatusInput, PlanActivityType>("updatePlanActivityStatus", "planActivity",
            "The employee or their manager records how an activity of an agreed plan is going.", Policies.PersonalData,
            UpdateActivityAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<DevelopmentPlanStepInput, DevelopmentPlanType>("closeDevelopmentPlan", "developmentPlan",
            "The manager closes a plan whose period has ended.", Policies.PersonalData,
            context => StepAsync(context, PlanWorkflow.Close), typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> DraftAsync(MutationContext<DraftDevelopmentPlanInput> context)
    {
        var input = context.Input;
        if (input.PeriodEnd < input.PeriodStart)
        {
            throw new InvalidInputError("periodEnd", "The period must not end before it starts.");
        }

        var givenStrategyIds = input.StrategyGoalIds ?? [];
        var strategyIds = givenStrategyIds.Select(id => GlobalIds.Key(id, "StrategyItem", "strategyGoalIds")).ToList();
        var strategyGoals = await context.Db.StrategyItems.AsTracking().Where(s => strategyIds.Contains(s.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll(givenStrategyIds, strategyIds, strategyGoals.Select(s => s.Id), "strategyGoalIds", "strategy item");
        var plan = new DevelopmentPlan
        {
            EmployeeId = context.Caller.Self(),
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            Status = DevelopmentPlanStatus.Draft,
            StrategyGoals = strategyGoals,
        };
        foreach (var goal in input.Goals ?? [])
        {
            if (goal.TargetLevel <= goal.CurrentLevel || goal.CurrentLevel < 0 || goal.TargetLevel > 10)
            {
                throw new InvalidInputError("goals", "A goal's target level must be above its current level, within 0–10.");
            }

            plan.Goals.Add(new PlanGoal
            {
                CompetenceId = GlobalIds.Key(goal.CompetenceId, "Competence", "goals.competenceId"),
                CurrentLevel = goal.CurrentLevel,
                TargetLevel = goal.TargetLevel,
                DueDate = goal.DueDate,
                Status = PlanGoalStatus.NotStarted,
            });
        }

        foreach (var activity in input.Activities ?? [])
        {
            plan.Activities.Add(new PlanActivity
            {
                Kind = activity.Kind,
                Description = activity.Description,
                TrainingEventId = GlobalIds.OptionalKey(activity.TrainingEventId, "TrainingEvent", "activities.trainingEventId"),
                StartsOn = activity.StartsOn,
                EndsOn = activity.EndsOn,
                Cost = activity.Cost,
                FundingSourceId = GlobalIds.OptionalKey(activity.FundingSourceId, "FundingSource", "activities.fundingSourceId"),
                Status = PlanActivityStatus.Planned,
            });
        }

        context.Db.DevelopmentPlans.Add(plan);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return plan;
    }

    private static async Task<object> StepAsync(MutationContext<DevelopmentPlanStepInput> context, Transition<DevelopmentPlanStatus> step)
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
            plan.ManagerComment = string.IsNullOrWhiteSpace(context.Input.Comment)
                ? throw new InvalidInputError("comment", "Say why the plan is returned.")
                : context.Input.Comment;
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
