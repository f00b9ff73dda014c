using Kompetens.Api.Organisation;
using GraphQL.Types;
using Kompetens.Api.Competences;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Ids;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Collaboration;

/// <summary>Teams across administrations, and job rotations approved by both units' managers.</summary>
public static class CollaborationMutations
{
    /// <summary>A rotation is approved by both units' managers, then completed by the employee's own manager.</summary>
    public static StateMachine<JobRotationStatus> Rotation { get; } = new("job rotation");

    /// <summary>Leads to Approved once both managers have approved; the rotation stays Proposed until then.</summary>
    private static readonly Transition<JobRotationStatus> Approve = Rotation.Allow("approved", [JobRotationStatus.Proposed], JobRotationStatus.Approved);
    private static readonly Transition<JobRotationStatus> Reject = Rotation.Allow("rejected", [JobRotationStatus.Proposed], JobRotationStatus.Rejected);
    private static readonly Transition<JobRotationStatus> Start = Rotation.Allow("started", [JobRotationStatus.Approved], JobRotationStatus.Ongoing);
    private static readonly Transition<JobRotationStatus> Cancel = Rotation.Allow("cancelled", [JobRotationStatus.Proposed, JobRotationStatus.Approved, JobRotationStatus.Ongoing], JobRotationStatus.Cancelled);
    private static readonly Transition<JobRotationStatus> Complete = Rotation.Allow("completed", [JobRotationStatus.Approved, JobRotationStatus.Ongoing], JobRotationStatus.Completed);

    public static void AddCollaborationMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<FormTeamInput, TeamType>("formTeam", "team",
            "HR, or a manager of every unit it spans, forms a team around a task.", Policies.PersonalData, FormTeamAsync);
        mutation.Mutation<JoinTeamInput, TeamMembershipType>("joinTeam", "teamMembership",
            "An employee joins a team, or their manager adds them. One current membership per person and team: a second is `ALREADY_MEMBER`.", Policies.PersonalData,
            JoinTeamAsync, typeof(InvalidTransitionErrorType), typeof(AlreadyMemberErrorType));
        mutation.Mutation<LeaveTeamInput, TeamMembershipType>("leaveTeam", "teamMembership",
            "A member leaves a team, or their manager ends the membership.", Policies.PersonalData, LeaveTeamAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<ProposeJobRotationInput, JobRotationType>("proposeJobRotation", "jobRotation",
            "The signed-in employee proposes to work a period in another unit.", Policies.Employee, ProposeAsync);
        mutation.Mutation<ApproveJobRotationInput, JobRotationType>("approveJobRotation", "jobRotation",
            "The manager of the employee's unit or of the receiving unit approves; the rotation is approved when both have.", Policies.PersonalData,
            ApproveAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<RejectJobRotationInput, JobRotationType>("rejectJobRotation", "jobRotation",
            "The manager of the employee's unit or of the receiving unit refuses a proposed rotation, with a comment; it will not take place.", Policies.PersonalData,
            RejectAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<StartJobRotationInput, JobRotationType>("startJobRotation", "jobRotation",
            "The employee, or either manager, records that an approved rotation has begun (on or after its first day): it is ongoing.", Policies.PersonalData,
            StartAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CancelJobRotationInput, JobRotationType>("cancelJobRotation", "jobRotation",
            "The employee withdraws a rotation, or either manager calls it off (also an ongoing one, which then ends early).", Policies.PersonalData,
            CancelAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CompleteJobRotationInput, JobRotationType>("completeJobRotation", "jobRotation",
            "The employee's manager completes an approved or ongoing rotation, never before its first day, with an evaluation and evidence of what was learned.", Policies.PersonalData,
            CompleteAsync, typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> FormTeamAsync(MutationContext<FormTeamInput> context)
    {
        var input = context.Input;
        var givenUnitIds = input.UnitIds;
        var keys = GlobalIds.Keys(givenUnitIds, "OrganisationUnit", "unitIds");
        var unitIds = keys.Distinct().ToList();
        if (unitIds.Count == 0 || input.EndsOn < input.StartsOn)
        {
            throw new InvalidInputError(unitIds.Count == 0 ? "unitIds" : "endsOn", "A team spans at least one unit and does not end before it starts.");
        }

        foreach (var unitId in unitIds)
        {
            context.Caller.MustManageUnit(unitId, "form a team spanning the unit");
        }

        var units = await context.Db.OrganisationUnits.AsTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll(givenUnitIds, keys, units.Select(u => u.Id), "unitIds", "organisation unit");
        var team = new Team
        {
            Name = input.Name.ToText(),
            Task = input.Task,
            Kind = input.Kind,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            Units = units,
        };
        context.Db.Teams.Add(team);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return team;
    }

    private static async Task<object> JoinTeamAsync(MutationContext<JoinTeamInput> context)
    {
        var input = context.Input;
        var teamId = GlobalIds.Key(input.TeamId, "Team", "teamId");
        var team = await context.Db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, context.CancellationToken)
            ?? throw new NotFoundError("team", input.TeamId);
        var employeeId = GlobalIds.OptionalKey(input.EmployeeId, "Employee", "employeeId") ?? context.Caller.Self();
        var employee = await context.Db.Employees.SingleOrDefaultAsync(e => e.Id == employeeId, context.CancellationToken)
            ?? throw new NotFoundError("employee", input.EmployeeId ?? "");
        context.Caller.MustBeSelfOrManage(employee.Id, await context.UnitsOfAsync(employee.Id), "add someone to a team");

        var today = context.Today;
        if (team.EndsOn < today)
        {
            throw new InvalidTransitionError("team", "ended", "joined");
        }

        // One person, one membership: a current one (open-ended, or ending today or later) is answered ALREADY_MEMBER.
        if (await CurrentMembershipAsync(context, teamId, employeeId, today) is { } current)
        {
            throw new AlreadyMemberError(GlobalId.Format("TeamMembership", current));
        }

        var membership = new TeamMembership { TeamId = teamId, EmployeeId = employeeId, Role = input.Role, StartsOn = input.StartsOn ?? today };
        context.Db.TeamMemberships.Add(membership);
        try
        {
            await context.Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException error) when (error.Violated(TeamMembershipConfiguration.OneCurrentMembershipIndex))
        {
            // A concurrent join won the race; the unique index kept the second membership out.
            context.Db.Entry(membership).State = EntityState.Detached;
            var winner = await CurrentMembershipAsync(context, teamId, employeeId, today);
            throw new AlreadyMemberError(winner is { } id ? GlobalId.Format("TeamMembership", id) : null);
        }

        return membership;
    }

    private static async Task<Guid?> CurrentMembershipAsync(MutationContext<JoinTeamInput> context, Guid teamId, Guid employeeId, DateOnly today) =>
        await context.Db.TeamMemberships
            .Where(m => m.TeamId == teamId && m.EmployeeId == employeeId && (m.EndsOn == null || m.EndsOn >= today))
            .OrderBy(m => m.StartsOn).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(context.CancellationToken);

    private static async Task<object> LeaveTeamAsync(MutationContext<LeaveTeamInput> context)
    {
        var id = GlobalIds.Key(context.Input.MembershipId, "TeamMembership", "membershipId");
        var membership = await context.Db.TeamMemberships.AsTracking().Include(m => m.Employee).SingleOrDefaultAsync(m => m.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("team membership", context.Input.MembershipId);
        context.Caller.MustBeSelfOrManage(membership.EmployeeId, await context.UnitsOfAsync(membership.EmployeeId), "end someone's team membership");

        var endsOn = context.Input.EndsOn ?? context.Today;
        if (membership.EndsOn is not null)
        {
            throw new InvalidTransitionError("team membership", "ended", "ended again");
        }

        membership.EndsOn = endsOn >= membership.StartsOn ? endsOn : throw new InvalidInputError("endsOn", "A membership cannot end before it starts.");
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return membership;
    }

    private static async Task<object> ProposeAsync(MutationContext<ProposeJobRotationInput> context)
    {
        var input = context.Input;
        var employeeId = context.Caller.Self();
        var fromUnitId = await context.Db.Employees.Where(e => e.Id == employeeId).Select(e => e.OrganisationUnitId).SingleAsync(context.CancellationToken);
        var toUnitId = GlobalIds.Key(input.ToUnitId, "OrganisationUnit", "toUnitId");
        if (toUnitId == fromUnitId || !await context.Db.OrganisationUnits.AnyAsync(u => u.Id == toUnitId, context.CancellationToken))
        {
            throw new InvalidInputError("toUnitId", "Rotate to an existing unit other than your own.");
        }

        if (input.EndsOn < input.StartsOn)
        {
            throw new InvalidInputError("endsOn", "The rotation must not end before it starts.");
        }

        var rotation = new JobRotation
        {
            EmployeeId = employeeId,
            FromUnitId = fromUnitId,
            ToUnitId = toUnitId,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            LearningGoals = input.LearningGoals,
            Status = JobRotationStatus.Proposed,
        };
        context.Db.JobRotations.Add(rotation);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return rotation;
    }

    private static async Task<object> ApproveAsync(MutationContext<ApproveJobRotationInput> context)
    {
        var rotation = await LoadAsync(context, context.Input.RotationId);
        var (managesFrom, managesTo) = MustBeOneOfTheManagers(context.Caller, rotation, "approve a job rotation");
        Rotation.Take(rotation.Status, Approve);

        var now = context.Now;
        rotation.FromUnitApprovedAt ??= managesFrom ? now : null;
        rotation.ToUnitApprovedAt ??= managesTo ? now : null;
        if (rotation.FromUnitApprovedAt is not null && rotation.ToUnitApprovedAt is not null)
        {
            rotation.Status = JobRotationStatus.Approved;
        }

        await context.Db.SaveChangesAsync(context.CancellationToken);
        return rotation;
    }

    private static async Task<object> RejectAsync(MutationContext<RejectJobRotationInput> context)
    {
        var rotation = await LoadAsync(context, context.Input.RotationId);
        MustBeOneOfTheManagers(context.Caller, rotation, "reject a job rotation");
        rotation.Status = Rotation.Take(rotation.Status, Reject);
        rotation.DecisionComment = string.IsNullOrWhiteSpace(context.Input.Comment)
            ? throw new InvalidInputError("comment", "Say why the rotation is refused.")
            : context.Input.Comment;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return rotation;
    }

    private static async Task<object> StartAsync(MutationContext<StartJobRotationInput> context)
    {
        var rotation = await LoadAsync(context, context.Input.RotationId);
        if (context.Caller.EmployeeId != rotation.EmployeeId)
        {
            MustBeOneOfTheManagers(context.Caller, rotation, "start a job rotation");
        }

        Rotation.Take(rotation.Status, Start);
        MustHaveBegun(rotation, context.Today, "started");
        rotation.Status = JobRotationStatus.Ongoing;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return rotation;
    }

    private static async Task<object> CancelAsync(MutationContext<CancelJobRotationInput> context)
    {
        var rotation = await LoadAsync(context, context.Input.RotationId);
        if (context.Caller.EmployeeId != rotation.EmployeeId)
        {
            MustBeOneOfTheManagers(context.Caller, rotation, "cancel a job rotation");
        }

        rotation.Status = Rotation.Take(rotation.Status, Cancel);
        rotation.DecisionComment = context.Input.Comment;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return rotation;
    }

    /// <summary>
    /// A decision both units take part in: the manager (or HR) of the employee's unit or of the receiving unit, never
    /// on their own rotation. Says which side the caller decides for.
    /// </summary>
    private static (bool ManagesFrom, bool ManagesTo) MustBeOneOfTheManagers(Caller caller, JobRotation rotation, string what)
    {
        caller.MustNotBeSelf(rotation.EmployeeId, what);
        var managesFrom = caller.Manages(rotation.FromUnitId);
        var managesTo = caller.Manages(rotation.ToUnitId);
        return managesFrom || managesTo
            ? (managesFrom, managesTo)
            : throw new NotAllowedError($"Only the managers of the employee's unit and of the receiving unit, or HR, can {what}.");
    }

    /// <summary>A rotation is started or completed on or after its first day, never before it has taken place.</summary>
    private static void MustHaveBegun(JobRotation rotation, DateOnly today, string action)
    {
        if (today < rotation.StartsOn)
        {
            throw new InvalidTransitionError("job rotation", $"not begun (it starts on {rotation.StartsOn:yyyy-MM-dd})", action);
        }
    }

    private static async Task<object> CompleteAsync(MutationContext<CompleteJobRotationInput> context)
    {
        var rotation = await LoadAsync(context, context.Input.RotationId);
        context.Caller.MustManage(rotation.EmployeeId, rotation.FromUnitId, "complete a job rotation and record its evidence");

        var now = context.Now;
        rotation.Status = Rotation.Take(rotation.Status, Complete);
        MustHaveBegun(rotation, context.Today, "completed");
        rotation.Evaluation = context.Input.Evaluation;
        foreach (var evidence in context.Input.Evidence ?? [])
        {
            await Competences.Assessments.CheckAsync(context.Db, GlobalIds.Key(evidence.CompetenceId, "Competence", "evidence.competenceId"), evidence.Level, context.CancellationToken);
        }

        context.Db.CompetenceAssessments.AddRange((context.Input.Evidence ?? []).Select(e => new CompetenceAssessment
        {
            EmployeeId = rotation.EmployeeId,
            CompetenceId = GlobalIds.Key(e.CompetenceId, "Competence", "evidence.competenceId"),
            Level = e.Level,
            Assessor = AssessorKind.Evidence,
            AssessedById = context.Caller.EmployeeId,
            AssessedAt = now,
            Evidence = "Completed job rotation",
        }));
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return rotation;
    }

    private static async Task<JobRotation> LoadAsync<TInput>(MutationContext<TInput> context, string rotationId)
    {
        var id = GlobalIds.Key(rotationId, "JobRotation", "rotationId");
        return await context.Db.JobRotations.AsTracking().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("job rotation", rotationId);
    }
}

/// <summary>The <see cref="AlreadyMemberError"/> of <c>joinTeam</c>, with the membership the employee already holds.</summary>
public sealed class AlreadyMemberErrorType : ErrorGraphType<AlreadyMemberError>
{
    public AlreadyMemberErrorType() => Field(x => x.MembershipId, type: typeof(IdGraphType)).Description("The current membership the employee already holds.");
}
