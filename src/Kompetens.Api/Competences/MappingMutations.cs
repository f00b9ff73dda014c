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
            "HR opens a competence mapping for some units (and the units below them), the competences it covers (all when none are named) and a period.", Policies.Admin, OpenAsync);
        mutation.Mutation<ChangeMappingCampaignInput, MappingCampaignType>("changeMappingCampaign", "mappingCampaign",
            "HR changes a planned or open competence mapping: its name, units, competences or dates. Assessments already made stay.",
            Policies.Admin, ChangeAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CloseMappingCampaignInput, MappingCampaignType>("closeMappingCampaign", "mappingCampaign",
            "HR closes an open competence mapping; its assessments stay.", Policies.Admin, CloseAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<AssessCompetenceInput, CompetenceAssessmentType>("assessCompetence", "competenceAssessment",
            "An employee assesses their own level in a competence, or a manager assesses one of their people. Assessments are never overwritten: each is added to the history.",
            Policies.PersonalData, AssessAsync, typeof(InvalidTransitionErrorType), typeof(MappingCampaignEndedErrorType));
    }

    private static async Task<object> OpenAsync(MutationContext<OpenMappingCampaignInput> context)
    {
        var input = context.Input;
        Periods.MustNotEndBeforeStart(input.StartsOn, input.EndsOn, "endsOn");
        var campaign = new MappingCampaign
        {
            Name = input.Name.ToText(),
            Description = input.Description?.ToText(),
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            Status = MappingCampaignStatus.Open,
            FundingSourceId = GlobalIds.OptionalKey(input.FundingSourceId, "FundingSource", "fundingSourceId"),
            Units = await UnitsAsync(context, input.UnitIds),
            Competences = await CompetencesAsync(context, input.CompetenceIds ?? []),
        };
        context.Db.MappingCampaigns.Add(campaign);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return campaign;
    }

    private static async Task<object> ChangeAsync(MutationContext<ChangeMappingCampaignInput> context)
    {
        var input = context.Input;
        var id = GlobalIds.Key(input.CampaignId, "MappingCampaign", "campaignId");
        var campaign = await context.Db.MappingCampaigns.AsTracking().Include(c => c.Units).Include(c => c.Competences)
            .SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("mapping campaign", input.CampaignId);
        if (campaign.Status == MappingCampaignStatus.Closed)
        {
            throw new InvalidTransitionError("mapping campaign", campaign.Status.ToString(), "changed");
        }

        campaign.Name = input.Name?.ToText() ?? campaign.Name;
        campaign.Description = input.Description?.ToText() ?? campaign.Description;
        campaign.StartsOn = input.StartsOn ?? campaign.StartsOn;
        campaign.EndsOn = input.EndsOn ?? campaign.EndsOn;
        Periods.MustNotEndBeforeStart(campaign.StartsOn, campaign.EndsOn, input.EndsOn is null ? "startsOn" : "endsOn");
        if (input.UnitIds is not null)
        {
            Replace(campaign.Units, await UnitsAsync(context, input.UnitIds));
        }

        if (input.CompetenceIds is not null)
        {
            Replace(campaign.Competences, await CompetencesAsync(context, input.CompetenceIds));
        }

        await context.Db.SaveChangesAsync(context.CancellationToken);
        return campaign;
    }

    /// <summary>The units a campaign covers: at least one, every id naming a unit (all or nothing).</summary>
    private static async Task<List<OrganisationUnit>> UnitsAsync<TInput>(MutationContext<TInput> context, IReadOnlyList<string> unitIds)
    {
        var keys = GlobalIds.Keys(unitIds, "OrganisationUnit", "unitIds");
        var units = await context.Db.OrganisationUnits.AsTracking().Where(u => keys.Contains(u.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll(unitIds, keys, units.Select(u => u.Id), "unitIds", "organisation unit");
        if (units.Count == 0)
        {
            throw new InvalidInputError("unitIds", "Name at least one unit.");
        }

        return units;
    }

    /// <summary>The competences a campaign covers (none: every one), each active in the catalogue (all or nothing).</summary>
    private static async Task<List<Competence>> CompetencesAsync<TInput>(MutationContext<TInput> context, IReadOnlyList<string> competenceIds)
    {
        var keys = GlobalIds.Keys(competenceIds, "Competence", "competenceIds");
        var competences = await context.Db.Competences.AsTracking().Where(c => keys.Contains(c.Id)).ToListAsync(context.CancellationToken);
        ListInputs.RequireAll(competenceIds, keys, competences.Select(c => c.Id), "competenceIds", "competence");
        if (competences.FirstOrDefault(c => c.Status != CompetenceStatus.Active) is { } retired)
        {
            throw new InvalidInputError("competenceIds", $"The competence {retired.Code} is retired; a campaign covers active competences only.");
        }

        return competences;
    }

    /// <summary>Replaces the members of a many-to-many list, leaving the links that stay untouched.</summary>
    private static void Replace<T>(List<T> links, List<T> wanted)
        where T : Data.Entity
    {
        links.RemoveAll(link => !wanted.Any(w => w.Id == link.Id));
        links.AddRange(wanted.Where(w => !links.Any(link => link.Id == w.Id)));
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
            var campaign = await db.MappingCampaigns.Include(c => c.Units).Include(c => c.Competences).SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken)
                ?? throw new NotFoundError("mapping campaign", input.CampaignId!);
            if (campaign.Status != MappingCampaignStatus.Open)
            {
                throw new InvalidTransitionError("mapping campaign", campaign.Status.ToString(), "assessed in");
            }

            // A campaign HR has not closed yet still ends on its last day.
            if (context.Today > campaign.EndsOn)
            {
                throw new MappingCampaignEndedError(campaign.EndsOn);
            }

            var ancestry = await OrganisationTree.AncestryAsync(db, employee.OrganisationUnitId, context.CancellationToken);
            if (!campaign.Units.Any(u => ancestry.Contains(u.Id)))
            {
                throw new InvalidInputError("campaignId", "The employee's unit is not in the campaign's scope.");
            }

            if (campaign.Competences.Count > 0 && !campaign.Competences.Any(c => c.Id == competenceId))
            {
                throw new InvalidInputError("competenceId", "The competence is not one the campaign covers.");
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
            && await Coworkers.WorkTogetherAsync(context.Db, colleague, employee.Id, context.Today, context.CancellationToken))
        {
            return AssessorKind.Peer;
        }

        return null;
    }
}
