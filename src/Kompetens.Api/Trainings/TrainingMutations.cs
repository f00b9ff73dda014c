using Kompetens.Api.Plans;
using GraphQL.Types;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Ids;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Trainings;

/// <summary>Training events: employees ask for places, managers approve, full events waitlist, completion is evidence.</summary>
public static class TrainingMutations
{
    public static void AddTrainingMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateTrainingInput, TrainingType>("createTraining", "training",
            "HR adds a training to the catalogue, with the competences it develops.", Policies.Admin, CreateTrainingAsync);
        mutation.Mutation<ScheduleTrainingEventInput, TrainingEventType>("scheduleTrainingEvent", "trainingEvent",
            "HR schedules a run of a training: when, where, places, cost and who pays.", Policies.Admin, ScheduleAsync);
        mutation.Mutation<CancelTrainingEventInput, TrainingEventType>("cancelTrainingEvent", "trainingEvent",
            "HR cancels a scheduled event; every open enrolment in it is cancelled.", Policies.Admin, CancelEventAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<RequestEnrolmentInput, EnrolmentType>("requestEnrolment", "enrolment",
            "The signed-in employee asks for a place at a training event, optionally for an activity of their plan. One open enrolment per person and event: a second is `ALREADY_ENROLLED`.",
            Policies.Employee, RequestAsync, typeof(AlreadyEnrolledErrorType));
        mutation.Mutation<ApproveEnrolmentInput, EnrolmentType>("approveEnrolment", "enrolment",
            "The manager approves a request: the employee gets a place, or a place on the waitlist when the event is full.", Policies.PersonalData,
            ApproveAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CancelEnrolmentInput, EnrolmentType>("cancelEnrolment", "enrolment",
            "The employee or their manager cancels an enrolment; a freed place goes to the longest-waiting enrolment.", Policies.PersonalData,
            CancelAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CompleteEnrolmentInput, EnrolmentType>("completeEnrolment", "enrolment",
            "The manager records a completed training: the competences it develops are recorded as evidence, and a knowledge-sharing action is created at the employee's workplace.",
            Policies.PersonalData, CompleteAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<RecordAttendanceInput, TrainingEventType>("recordAttendance", "trainingEvent",
            "HR or the participants' managers mark, once the event has started, who attended and who did not come (no-show); the event is then in progress.",
            Policies.PersonalData, RecordAttendanceAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CompleteTrainingEventInput, TrainingEventType>("completeTrainingEvent", "trainingEvent",
            "HR completes an event that has taken place for all its participants at once: every approved or attended enrolment is completed (evidence, knowledge-sharing action, the linked plan activity done), no-shows stay, open requests and the waitlist are cancelled.",
            Policies.Admin, CompleteEventAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<PlanKnowledgeSharingActionInput, KnowledgeSharingActionType>("planKnowledgeSharingAction", "knowledgeSharingAction",
            "The person who learned something, or their manager, plans how to share it at the workplace: from a completed training, an ongoing or completed job rotation, a team they belong or belonged to, or self-study.",
            Policies.PersonalData, PlanActionAsync);
        mutation.Mutation<CompleteKnowledgeSharingActionInput, KnowledgeSharingActionType>("completeKnowledgeSharingAction", "knowledgeSharingAction",
            "The manager marks a knowledge-sharing action done.", Policies.PersonalData, CompleteActionAsync, typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> CreateTrainingAsync(MutationContext<CreateTrainingInput> context)
    {
        var input = context.Input;
        if (await context.Db.Trainings.AnyAsync(t => t.Code == input.Code, context.CancellationToken))
        {
            throw new InvalidInputError("code", $"The code {input.Code} is taken.");
        }

        var training = new Training
        {
            Code = input.Code,
            Title = new Data.LocalizedText { Sv = input.Title.Sv, Fi = input.Title.Fi, En = input.Title.En },
            Provider = input.Provider,
            Hours = input.Hours >= 0 ? input.Hours : throw new InvalidInputError("hours", "Hours cannot be negative."),
            Format = input.Format,
        };
        context.Db.Trainings.Add(training);
        context.Db.TrainingCompetences.AddRange((input.Competences ?? []).Select(c => new TrainingCompetence
        {
            TrainingId = training.Id,
            CompetenceId = GlobalIds.Key(c.CompetenceId, "Competence", "competences.competenceId"),
            LevelReached = c.LevelReached is >= 1 and <= 10 ? c.LevelReached : throw new InvalidInputError("competences.levelReached", "Levels are between 1 and 10."),
        }));
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return training;
    }

    private static async Task<object> ScheduleAsync(MutationContext<ScheduleTrainingEventInput> context)
    {
        var input = context.Input;
        var trainingId = GlobalIds.Key(input.TrainingId, "Training", "trainingId");
        if (!await context.Db.Trainings.AnyAsync(t => t.Id == trainingId, context.CancellationToken))
        {
            throw new NotFoundError("training", input.TrainingId);
        }

        if (input.EndsAt < input.StartsAt || input.Capacity < 1 || input.Cost < 0)
        {
            throw new InvalidInputError(input.Capacity < 1 ? "capacity" : input.Cost < 0 ? "cost" : "endsAt", "An event ends after it starts, has at least one place and does not cost less than nothing.");
        }

        if (input.Language is { } language && !LocalizedText.Languages.Contains(language))
        {
            throw new InvalidInputError("language", $"The language is '{language}'; it must be sv, fi or en.");
        }

        var trainingEvent = new TrainingEvent
        {
            TrainingId = trainingId,
            StartsAt = input.StartsAt.ToUniversalTime(),
            EndsAt = input.EndsAt.ToUniversalTime(),
            Location = input.Location,
            Language = input.Language ?? "sv",
            Capacity = input.Capacity,
            Cost = input.Cost,
            FundingSourceId = GlobalIds.OptionalKey(input.FundingSourceId, "FundingSource", "fundingSourceId"),
            Status = TrainingEventStatus.Scheduled,
        };
        context.Db.TrainingEvents.Add(trainingEvent);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return trainingEvent;
    }

    private static async Task<object> CancelEventAsync(MutationContext<CancelTrainingEventInput> context)
    {
        var id = GlobalIds.Key(context.Input.TrainingEventId, "TrainingEvent", "trainingEventId");
        var db = context.Db;

        // The same lock order as every enrolment step (InEventLockAsync): the event's row first, then its enrolments.
        // Approvals running meanwhile either finish before the cancellation reads the enrolments, or wait and then
        // find their enrolment cancelled (INVALID_TRANSITION); no deadlock, and no approval is told "approved" for a
        // place the cancellation did not see.
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await LockEventAsync(db, id, context.CancellationToken);
        var trainingEvent = await db.TrainingEvents.AsTracking().Include(e => e.Enrolments).SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("training event", context.Input.TrainingEventId);
        trainingEvent.Status = EnrolmentWorkflow.Event.Take(trainingEvent.Status, EnrolmentWorkflow.CancelEvent);
        foreach (var enrolment in trainingEvent.Enrolments.Where(e => EnrolmentWorkflow.Cancel.From.Contains(e.Status)))
        {
            enrolment.Status = EnrolmentStatus.Cancelled;
        }

        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return trainingEvent;
    }

    private static async Task<object> RequestAsync(MutationContext<RequestEnrolmentInput> context)
    {
        var eventId = GlobalIds.Key(context.Input.TrainingEventId, "TrainingEvent", "trainingEventId");

        // A share lock on the event: requests do not wait for each other, but a cancellation of the event does not
        // slip in between the check that the event is open and the new enrolment.
        await using var transaction = await context.Db.Database.BeginTransactionAsync(context.CancellationToken);
        await context.Db.Database.ExecuteSqlAsync($"SELECT 1 FROM training_events WHERE id = {eventId} FOR SHARE", context.CancellationToken);
        var trainingEvent = await context.Db.TrainingEvents.SingleOrDefaultAsync(e => e.Id == eventId, context.CancellationToken)
            ?? throw new NotFoundError("training event", context.Input.TrainingEventId);
        if (trainingEvent.Status != TrainingEventStatus.Scheduled || trainingEvent.HasStarted(context.Now))
        {
            throw new InvalidInputError("trainingEventId", trainingEvent.HasStarted(context.Now)
                ? "The event has already started; it takes no new requests."
                : "The event is not open for enrolment.");
        }

        var employeeId = context.Caller.Self();
        var activityId = GlobalIds.OptionalKey(context.Input.PlanActivityId, "PlanActivity", "planActivityId");
        if (activityId is { } activity && !await context.Db.PlanActivities.AnyAsync(a => a.Id == activity && a.Plan.EmployeeId == employeeId, context.CancellationToken))
        {
            throw new InvalidInputError("planActivityId", "The activity is not one of your own plan's.");
        }

        if (await OpenEnrolmentAsync(context, eventId, employeeId) is { } existing)
        {
            throw new AlreadyEnrolledError(GlobalId.Format("Enrolment", existing));
        }

        var enrolment = new Enrolment
        {
            TrainingEventId = eventId,
            EmployeeId = employeeId,
            PlanActivityId = activityId,
            Status = EnrolmentStatus.Requested,
            RequestedAt = context.Now,
        };
        context.Db.Enrolments.Add(enrolment);
        try
        {
            await context.Db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch (DbUpdateException error) when (error.Violated(EnrolmentConfiguration.OneOpenEnrolmentIndex))
        {
            // A concurrent request for the same person and event won the race; the unique index kept this one out.
            await transaction.RollbackAsync(context.CancellationToken);
            context.Db.Entry(enrolment).State = EntityState.Detached;
            var winner = await OpenEnrolmentAsync(context, eventId, employeeId);
            throw new AlreadyEnrolledError(winner is { } id ? GlobalId.Format("Enrolment", id) : null);
        }

        return enrolment;
    }

    /// <summary>The employee's open enrolment in the event: any but a cancelled one or a no-show.</summary>
    private static async Task<Guid?> OpenEnrolmentAsync(MutationContext<RequestEnrolmentInput> context, Guid eventId, Guid employeeId) =>
        await context.Db.Enrolments
            .Where(e => e.TrainingEventId == eventId && e.EmployeeId == employeeId && e.Status != EnrolmentStatus.Cancelled && e.Status != EnrolmentStatus.NoShow)
            .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(context.CancellationToken);

    /// <summary>Takes the event's row lock; every step that changes an event's enrolments takes it first.</summary>
    private static async Task LockEventAsync(Data.KompetensDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM training_events WHERE id = {eventId} FOR UPDATE", cancellationToken);

    private static Task<object> ApproveAsync(MutationContext<ApproveEnrolmentInput> context) =>
        InEventLockAsync(context, context.Input.EnrolmentId, EnrolmentWorkflow.Approve, byManager: true, async (enrolment, placesTaken) =>
        {
            enrolment.Status = placesTaken < enrolment.TrainingEvent.Capacity ? EnrolmentStatus.Approved : EnrolmentStatus.Waitlisted;
            enrolment.DecidedById = context.Caller.EmployeeId;
            enrolment.DecidedAt = context.Now;
            await Task.CompletedTask;
        });

    private static Task<object> CancelAsync(MutationContext<CancelEnrolmentInput> context) =>
        InEventLockAsync(context, context.Input.EnrolmentId, EnrolmentWorkflow.Cancel, byManager: false, async (enrolment, _) =>
        {
            var freesAPlace = enrolment.Status == EnrolmentStatus.Approved;
            enrolment.Status = EnrolmentStatus.Cancelled;
            if (freesAPlace)
            {
                // The longest-waiting enrolment gets the place (read past row filters: the manager may not see them all).
                var next = await context.Db.Enrolments.AsTracking().IgnoreQueryFilters()
                    .Where(e => e.TrainingEventId == enrolment.TrainingEventId && e.Status == EnrolmentStatus.Waitlisted)
                    .OrderBy(e => e.DecidedAt).ThenBy(e => e.Id)
                    .FirstOrDefaultAsync(context.CancellationToken);
                next?.Status = EnrolmentStatus.Approved;
            }
        });

    private static Task<object> CompleteAsync(MutationContext<CompleteEnrolmentInput> context) =>
        InEventLockAsync(context, context.Input.EnrolmentId, EnrolmentWorkflow.Complete, byManager: true, async (enrolment, _) =>
        {
            MustHaveTakenPlace(enrolment.TrainingEvent, context.Today);
            var developed = await DevelopedAsync(context.Db, enrolment.TrainingEvent.TrainingId, context.CancellationToken);
            await RecordCompletionAsync(context.Db, enrolment, developed, context.Now, context.Input.KnowledgeSharing, context.Input.KnowledgeSharingDueOn, context.CancellationToken);
        });

    private static async Task<object> RecordAttendanceAsync(MutationContext<RecordAttendanceInput> context)
    {
        var input = context.Input;
        var id = GlobalIds.Key(input.TrainingEventId, "TrainingEvent", "trainingEventId");
        var keys = input.Attendance.Select(a => GlobalIds.Key(a.EnrolmentId, "Enrolment", "attendance.enrolmentId")).ToList();
        if (keys.Count == 0 || keys.Distinct().Count() != keys.Count)
        {
            throw new InvalidInputError("attendance", "Mark each enrolment once, and at least one.");
        }

        var db = context.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await LockEventAsync(db, id, context.CancellationToken);
        var trainingEvent = await db.TrainingEvents.AsTracking().SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("training event", input.TrainingEventId);
        if (!trainingEvent.HasStarted(context.Now))
        {
            throw new InvalidTransitionError("training event", "not started yet", "given attendance");
        }

        trainingEvent.Status = EnrolmentWorkflow.Event.Take(trainingEvent.Status, EnrolmentWorkflow.StartEvent);
        var enrolments = await db.Enrolments.AsTracking().Where(e => e.TrainingEventId == id && keys.Contains(e.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll([.. input.Attendance.Select(a => a.EnrolmentId)], keys, enrolments.Select(e => e.Id), "attendance.enrolmentId", "enrolment of the event");
        foreach (var mark in input.Attendance)
        {
            var enrolment = enrolments.Single(e => e.Id == GlobalIds.Key(mark.EnrolmentId, "Enrolment", "attendance.enrolmentId"));
            context.Caller.MustManage(enrolment.EmployeeId, await context.UnitsOfAsync(enrolment.EmployeeId), "record attendance");
            enrolment.Status = EnrolmentWorkflow.Enrolment.Take(enrolment.Status, mark.Attended ? EnrolmentWorkflow.Attend : EnrolmentWorkflow.MissEvent);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return trainingEvent;
    }

    private static async Task<object> CompleteEventAsync(MutationContext<CompleteTrainingEventInput> context)
    {
        var id = GlobalIds.Key(context.Input.TrainingEventId, "TrainingEvent", "trainingEventId");
        var db = context.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await LockEventAsync(db, id, context.CancellationToken);
        var trainingEvent = await db.TrainingEvents.AsTracking().Include(e => e.Enrolments).ThenInclude(e => e.Employee)
            .SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("training event", context.Input.TrainingEventId);
        trainingEvent.Status = EnrolmentWorkflow.Event.Take(trainingEvent.Status, EnrolmentWorkflow.CompleteEvent);
        MustHaveTakenPlace(trainingEvent, context.Today);

        var developed = await DevelopedAsync(db, trainingEvent.TrainingId, context.CancellationToken);
        foreach (var enrolment in trainingEvent.Enrolments)
        {
            if (EnrolmentWorkflow.Complete.From.Contains(enrolment.Status))
            {
                // Segregation of duties: an HR person who took part does not record their own evidence.
                context.Caller.MustNotBeSelf(enrolment.EmployeeId, "complete a training");
                await RecordCompletionAsync(db, enrolment, developed, context.Now, context.Input.KnowledgeSharing, context.Input.KnowledgeSharingDueOn, context.CancellationToken);
            }
            else if (enrolment.Status is EnrolmentStatus.Requested or EnrolmentStatus.Waitlisted)
            {
                enrolment.Status = EnrolmentStatus.Cancelled;
            }
        }

        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return trainingEvent;
    }

    /// <summary>Evidence is recorded only for what has happened: an event is completed once its last day has come.</summary>
    private static void MustHaveTakenPlace(TrainingEvent trainingEvent, DateOnly today)
    {
        if (!trainingEvent.HasTakenPlace(today))
        {
            throw new InvalidTransitionError("training event", "not yet taken place", "completed");
        }
    }

    private static async Task<List<TrainingCompetence>> DevelopedAsync(Data.KompetensDbContext db, Guid trainingId, CancellationToken cancellationToken) =>
        await db.TrainingCompetences.Include(c => c.Training).Where(c => c.TrainingId == trainingId).ToListAsync(cancellationToken);

    /// <summary>
    /// A completed training: evidence of each competence it develops at the level it reaches (which the one
    /// definition of the current level keeps from lowering a manager-confirmed level), a knowledge-sharing action at
    /// the employee's workplace, and the plan activity it carried out marked done.
    /// </summary>
    private static async Task RecordCompletionAsync(Data.KompetensDbContext db, Enrolment enrolment, List<TrainingCompetence> developed, DateTimeOffset now,
        string knowledgeSharing, DateOnly? dueOn, CancellationToken cancellationToken)
    {
        enrolment.Status = EnrolmentStatus.Completed;
        enrolment.CompletedAt = now;
        db.CompetenceAssessments.AddRange(developed.Select(c => new CompetenceAssessment
        {
            EmployeeId = enrolment.EmployeeId,
            CompetenceId = c.CompetenceId,
            Level = c.LevelReached,
            Assessor = AssessorKind.Evidence,
            AssessedAt = now,
            Evidence = $"Completed the training {c.Training.Code} ({c.Training.Title.Sv})",
        }));
        db.KnowledgeSharingActions.Add(new KnowledgeSharingAction
        {
            EmployeeId = enrolment.EmployeeId,
            Source = LearningSource.Training,
            EnrolmentId = enrolment.Id,
            OrganisationUnitId = enrolment.Employee.OrganisationUnitId,
            Description = knowledgeSharing,
            DueOn = dueOn,
        });
        if (enrolment.PlanActivityId is { } activityId
            && await db.PlanActivities.AsTracking().IgnoreQueryFilters().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is { } activity
            && activity.Status is PlanActivityStatus.Planned or PlanActivityStatus.InProgress)
        {
            activity.Status = PlanActivityStatus.Done;
        }
    }

    private static async Task<object> PlanActionAsync(MutationContext<PlanKnowledgeSharingActionInput> context)
    {
        var input = context.Input;
        var employeeId = GlobalIds.OptionalKey(input.EmployeeId, "Employee", "employeeId") ?? context.Caller.Self();
        var employee = await context.Db.Employees.SingleOrDefaultAsync(e => e.Id == employeeId, context.CancellationToken)
            ?? throw new NotFoundError("employee", input.EmployeeId!);
        var units = await context.UnitsOfAsync(employeeId);
        context.Caller.MustBeSelfOrManage(employeeId, units, "plan knowledge sharing");
        var unitId = GlobalIds.OptionalKey(input.OrganisationUnitId, "OrganisationUnit", "organisationUnitId") ?? employee.OrganisationUnitId;
        if (!units.Contains(unitId))
        {
            throw new InvalidInputError("organisationUnitId", "Knowledge is shared at a workplace of the person's current employments.");
        }

        var action = new KnowledgeSharingAction
        {
            EmployeeId = employeeId,
            Source = input.Source,
            OrganisationUnitId = unitId,
            Description = string.IsNullOrWhiteSpace(input.Description) ? throw new InvalidInputError("description", "Say what will be shared, and how.") : input.Description,
            DueOn = input.DueOn,
        };
        var given = new[] { input.EnrolmentId, input.JobRotationId, input.TeamId }.Count(id => id is not null);
        var named = input.Source switch
        {
            LearningSource.Training => input.EnrolmentId,
            LearningSource.JobRotation => input.JobRotationId,
            LearningSource.Team => input.TeamId,
            _ => null,
        };
        if (given != (input.Source == LearningSource.SelfStudy ? 0 : 1) || (input.Source != LearningSource.SelfStudy && named is null))
        {
            throw new InvalidInputError("source", "Name the one record the source is: enrolmentId for a training, jobRotationId for a rotation, teamId for a team, none for self-study.");
        }

        switch (input.Source)
        {
            case LearningSource.Training:
                var enrolmentId = GlobalIds.Key(input.EnrolmentId!, "Enrolment", "enrolmentId");
                action.EnrolmentId = await context.Db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.EmployeeId == employeeId && e.Status == EnrolmentStatus.Completed, context.CancellationToken)
                    ? enrolmentId
                    : throw new InvalidInputError("enrolmentId", "The enrolment is not a completed training of the person's.");
                break;
            case LearningSource.JobRotation:
                var rotationId = GlobalIds.Key(input.JobRotationId!, "JobRotation", "jobRotationId");
                action.JobRotationId = await context.Db.JobRotations.AnyAsync(r => r.Id == rotationId && r.EmployeeId == employeeId
                    && (r.Status == JobRotationStatus.Ongoing || r.Status == JobRotationStatus.Completed), context.CancellationToken)
                    ? rotationId
                    : throw new InvalidInputError("jobRotationId", "The rotation is not an ongoing or completed rotation of the person's.");
                break;
            case LearningSource.Team:
                var teamId = GlobalIds.Key(input.TeamId!, "Team", "teamId");
                action.TeamId = await context.Db.TeamMemberships.AnyAsync(m => m.TeamId == teamId && m.EmployeeId == employeeId, context.CancellationToken)
                    ? teamId
                    : throw new InvalidInputError("teamId", "The person is not, and has not been, a member of the team.");
                break;
        }

        context.Db.KnowledgeSharingActions.Add(action);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return action;
    }

    private static async Task<object> CompleteActionAsync(MutationContext<CompleteKnowledgeSharingActionInput> context)
    {
        var id = GlobalIds.Key(context.Input.ActionId, "KnowledgeSharingAction", "actionId");
        var action = await context.Db.KnowledgeSharingActions.AsTracking().SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("knowledge-sharing action", context.Input.ActionId);
        context.Caller.MustManage(action.EmployeeId, action.OrganisationUnitId, "mark knowledge sharing done");
        if (action.DoneAt is not null)
        {
            throw new InvalidTransitionError("knowledge-sharing action", "done", "done again");
        }

        action.DoneAt = context.Now;
        action.DoneById = context.Caller.EmployeeId;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return action;
    }

    /// <summary>
    /// Runs a step on an enrolment while holding the event's row lock, so that concurrent approvals and
    /// cancellations of one event are serialised and the places taken never exceed the capacity.
    /// </summary>
    private static async Task<object> InEventLockAsync<TInput>(
        MutationContext<TInput> context, string enrolmentId, Transition<EnrolmentStatus> action, bool byManager, Func<Enrolment, int, Task> step)
    {
        var id = GlobalIds.Key(enrolmentId, "Enrolment", "enrolmentId");
        var db = context.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var eventId = await db.Enrolments.Where(e => e.Id == id).Select(e => (Guid?)e.TrainingEventId).SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new NotFoundError("enrolment", enrolmentId);
        await LockEventAsync(db, eventId, context.CancellationToken);

        var enrolment = await db.Enrolments.AsTracking().Include(e => e.TrainingEvent).Include(e => e.Employee)
            .SingleAsync(e => e.Id == id, context.CancellationToken);
        if (byManager)
        {
            context.Caller.MustManage(enrolment.EmployeeId, await context.UnitsOfAsync(enrolment.EmployeeId), $"decide on an enrolment ({action.Action})");
        }
        else
        {
            context.Caller.MustBeSelfOrManage(enrolment.EmployeeId, await context.UnitsOfAsync(enrolment.EmployeeId), "cancel an enrolment");
        }

        EnrolmentWorkflow.Enrolment.Take(enrolment.Status, action);

        var placesTaken = await db.Enrolments.IgnoreQueryFilters()
            .CountAsync(e => e.TrainingEventId == eventId && e.Id != id && EnrolmentWorkflow.TakesAPlace.Contains(e.Status), context.CancellationToken);
        await step(enrolment, placesTaken);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return enrolment;
    }
}

/// <summary>The <see cref="AlreadyEnrolledError"/> of <c>requestEnrolment</c>, with the enrolment the employee already holds.</summary>
public sealed class AlreadyEnrolledErrorType : ErrorGraphType<AlreadyEnrolledError>
{
    public AlreadyEnrolledErrorType() => Field(x => x.EnrolmentId, type: typeof(IdGraphType)).Description("The open enrolment the employee already holds.");
}
