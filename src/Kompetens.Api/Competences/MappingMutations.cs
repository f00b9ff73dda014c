using GraphQL.Types;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>The competence mapping (kompetenskartläggning) and the requirements that gaps are measured against.</summary>
public static class MappingMutations
{
    /// <summary>A mapping campaign is open for assessments until HR closes it.</summary>
    private static readonly StateMachine<MappingCampaignStatus> Campaign = new("mapping campaign");
    private static readonly Transition<MappingCampaignStatus> CloseCampaign = Campaign.Allow("closed", [MappingCampaignStatus.Open], MappingCampaignStatus.Closed);

    public static void AddMappingMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<OpenMappingCampaignInput, MappingCampaignType>("openMappingCampaign", "mappingCampaign",
            "HR opens a competence mapping for some units (and the units below them) and a period.", Policies.Admin, OpenAsync);
        mutation.Mutation<CloseMappingCampaignInput, MappingCampaignType>("closeMappingCampaign", "mappingCampaign",
            "HR closes an open competence mapping; its assessments stay.", Policies.Admin, CloseAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<AssessCompetenceInput, CompetenceAssessmentType>("assessCompetence", "competenceAssessment",
            "An employee assesses their own level in a competence, or a manager assesses one of their people. Assessments are never overwritten: each is added to the history.",
            Policies.PersonalData, AssessAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<StateCompetenceRequirementInput, CompetenceRequirementType>("stateCompetenceRequirement", "competenceRequirement",
            "A manager (or HR) states a competence a unit needs: level, headcount, now or by a future date.", Policies.PersonalData, StateRequirementAsync);
    }

    private static async Task<object> OpenAsync(MutationContext<OpenMappingCampaignInput> context)
    {
        var input = context.Input;
        if (input.EndsOn < input.StartsOn)
        {
            throw new InvalidInputError("endsOn", "The campaign must not end before it starts.");
        }

        var unitIds = input.UnitIds.Select(id => GlobalIds.Key(id, "OrganisationUnit", "unitIds")).ToList();
        var units = await context.Db.OrganisationUnits.AsTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll(input.UnitIds, unitIds, units.Select(u => u.Id), "unitIds", "organisation unit");
        if (units.Count == 0)
        {
            throw new InvalidInputError("unitIds", "Name at least one unit.");
        }

        var campaign = new MappingCampaign
        {
            Name = input.Name,
            Description = input.Description,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            Status = MappingCampaignStatus.Open,
            FundingSourceId = GlobalIds.OptionalKey(input.FundingSourceId, "FundingSource", "fundingSourceId"),
            Units = units,
        };
        context.Db.MappingCampaigns.Add(campaign);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return campaign;
    }

    private static async Task<object> CloseAsync(MutationContext<CloseMappingCampaignInput> context)
    {
        var id = GlobalIds.Key(context.Input.CampaignId, "MappingCampaign", "campaignId");
        var campaign = await context.Db.MappingCampaigns.AsTracking().SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("mapping campaign", context.Input.CampaignId);
        campaign.Status = Campaign.Take(campaign.Status, CloseCampaign);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return campaign;
    }

    private static async Task<object> AssessAsync(MutationContext<AssessCompetenceInput> context)
    {
        var input = context.Input;
        var db = context.Db;
        var employeeId = GlobalIds.OptionalPersonKey(input.EmployeeId, "employeeId") ?? context.Caller.Self();
        // Past the row filters: a colleague may assess a person whose record she may not read. Who may assess is decided
        // next; anyone else learns no more than that the person was not found, unless they may read the person's record.
        var employee = await db.Employees.IgnoreQueryFilters().SingleOrDefaultAsync(e => e.Id == employeeId && e.Status != EmployeeStatus.Terminated, context.CancellationToken)
            ?? throw new NotFoundError("employee", input.EmployeeId ?? "");
        var assessor = await AssessorAsync(context, employee)
            ?? throw (await db.Employees.AnyAsync(e => e.Id == employeeId, context.CancellationToken)
                ? new NotAllowedError("Only the person, their manager, HR, or a colleague who works with them (same unit or a shared team) can assess an employee.")
                : new NotFoundError("employee", input.EmployeeId ?? ""));

        var competenceId = GlobalIds.Key(input.CompetenceId, "Competence", "competenceId");
        await Assessments.CheckAsync(db, competenceId, input.Level, context.CancellationToken);

        var campaignId = GlobalIds.OptionalKey(input.CampaignId, "MappingCampaign", "campaignId");
        if (campaignId is { } id)
        {
            var campaign = await db.MappingCampaigns.Include(c => c.Units).SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken)
                ?? throw new NotFoundError("mapping campaign", input.CampaignId!);
            if (campaign.Status != MappingCampaignStatus.Open)
            {
                throw new InvalidTransitionError("mapping campaign", campaign.Status.ToString(), "assessed in");
            }

            var ancestry = await OrganisationTree.AncestryAsync(db, employee.OrganisationUnitId, context.CancellationToken);
            if (!campaign.Units.Any(u => ancestry.Contains(u.Id)))
            {
                throw new InvalidInputError("campaignId", "The employee's unit is not in the campaign's scope.");
            }
        }

        var assessment = new CompetenceAssessment
        {
            EmployeeId = employeeId,
            CompetenceId = competenceId,
            Level = input.Level,
            Assessor = assessor,
            AssessedById = context.Caller.EmployeeId,
            CampaignId = campaignId,
            AssessedAt = context.Now,
            Comment = input.Comment,
        };
        db.CompetenceAssessments.Add(assessment);
        await db.SaveChangesAsync(context.CancellationToken);
        return assessment;
    }

    /// <summary>
    /// What kind of assessment the caller makes: of themself (Self); as HR or a manager of one of the person's units
    /// (Manager); as a colleague who works with the person — same unit or a shared current team — (Peer, which
    /// never overrides the manager's: see <see cref="CurrentLevel"/>). Null for anyone else.
    /// </summary>
    private static async Task<AssessorKind?> AssessorAsync(MutationContext<AssessCompetenceInput> context, Employee employee)
    {
        var caller = context.Caller;
        if (employee.Id == caller.EmployeeId)
        {
            return AssessorKind.Self;
        }

        if (caller.ManagesAny(await context.UnitsOfAsync(employee.Id)))
        {
            return AssessorKind.Manager;
        }

        if (caller.EmployeeId is { } colleague
            && await Coworkers.WorkTogetherAsync(context.Db, colleague, employee.Id, DateOnly.FromDateTime(context.Now.UtcDateTime), context.CancellationToken))
        {
            return AssessorKind.Peer;
        }

        return null;
    }

    private static async Task<object> StateRequirementAsync(MutationContext<StateCompetenceRequirementInput> context)
    {
        var input = context.Input;
        var unitId = GlobalIds.Key(input.OrganisationUnitId, "OrganisationUnit", "organisationUnitId");
        context.Caller.MustManageUnit(unitId, "state what the unit needs");
        if (input.Headcount < 1)
        {
            throw new InvalidInputError("headcount", "At least one person must be needed.");
        }

        if (input.Horizon == RequirementHorizon.Future && input.TargetDate is null)
        {
            throw new InvalidInputError("targetDate", "A future need needs a target date.");
        }

        if (input.RequiredLevel is < 1 or > 10)
        {
            throw new InvalidInputError("requiredLevel", "The required level must be between 1 and 10.");
        }

        var competenceId = GlobalIds.Key(input.CompetenceId, "Competence", "competenceId");
        await Assessments.CheckAsync(context.Db, competenceId, input.RequiredLevel, context.CancellationToken);
        var requirement = new CompetenceRequirement
        {
            OrganisationUnitId = unitId,
            CompetenceId = competenceId,
            RequiredLevel = input.RequiredLevel,
            Headcount = input.Headcount,
            Horizon = input.Horizon,
            TargetDate = input.TargetDate,
            StrategyGoalId = GlobalIds.OptionalKey(input.StrategyGoalId, "StrategyItem", "strategyGoalId"),
            Rationale = input.Rationale,
        };
        context.Db.CompetenceRequirements.Add(requirement);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return requirement;
    }
}
