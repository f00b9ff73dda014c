using GraphQL.Types;
using Kompetens.Api.Competences;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Involvement;

/// <summary>
/// Staff take part in development work: employees submit improvement proposals that the unit's manager handles, and
/// managers record their unit's quality work under the common quality tool.
/// </summary>
public static class InvolvementMutations
{
    /// <summary>A proposal is handled by the managers of the unit it concerns (or HR), never by the proposer herself.</summary>
    public static StateMachine<ImprovementProposalStatus> Proposal { get; } = new("improvement proposal");

    private static readonly Transition<ImprovementProposalStatus> Review = Proposal.Allow("taken up for review", [ImprovementProposalStatus.Submitted], ImprovementProposalStatus.UnderReview);
    private static readonly Transition<ImprovementProposalStatus> Accept = Proposal.Allow("accepted", [ImprovementProposalStatus.Submitted, ImprovementProposalStatus.UnderReview], ImprovementProposalStatus.Accepted);
    private static readonly Transition<ImprovementProposalStatus> Reject = Proposal.Allow("rejected", [ImprovementProposalStatus.Submitted, ImprovementProposalStatus.UnderReview], ImprovementProposalStatus.Rejected);
    private static readonly Transition<ImprovementProposalStatus> Implement = Proposal.Allow("implemented", [ImprovementProposalStatus.Accepted], ImprovementProposalStatus.Implemented);
    private static readonly Transition<ImprovementProposalStatus> Withdraw = Proposal.Allow("withdrawn", [ImprovementProposalStatus.Submitted], ImprovementProposalStatus.Withdrawn);

    public static void AddInvolvementMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitImprovementProposalInput, ImprovementProposalType>("submitImprovementProposal", "improvementProposal",
            "The signed-in employee submits an improvement proposal (förbättringsförslag) for her own unit, or for another open unit it concerns, optionally linked to a competence or a strategy item.",
            Policies.Employee, SubmitAsync);
        mutation.Mutation<ReviewImprovementProposalInput, ImprovementProposalType>("reviewImprovementProposal", "improvementProposal",
            "A manager of the unit the proposal concerns, or HR, takes a submitted proposal up for review; the proposer can no longer withdraw it.", Policies.PersonalData,
            ReviewAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<AcceptImprovementProposalInput, ImprovementProposalType>("acceptImprovementProposal", "improvementProposal",
            "A manager of the unit the proposal concerns, or HR, accepts a submitted or reviewed proposal with an answer to the proposer.", Policies.PersonalData,
            AcceptAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<RejectImprovementProposalInput, ImprovementProposalType>("rejectImprovementProposal", "improvementProposal",
            "A manager of the unit the proposal concerns, or HR, rejects a submitted or reviewed proposal, saying why.", Policies.PersonalData,
            RejectAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<ImplementImprovementProposalInput, ImprovementProposalType>("implementImprovementProposal", "improvementProposal",
            "A manager of the unit the proposal concerns, or HR, records that an accepted proposal has been carried out.", Policies.PersonalData,
            ImplementAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<WithdrawImprovementProposalInput, ImprovementProposalType>("withdrawImprovementProposal", "improvementProposal",
            "The proposer withdraws her proposal while it is only submitted (nobody has taken it up).", Policies.Employee,
            WithdrawAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<RecordQualityWorkResultInput, QualityWorkResultType>("recordQualityWorkResult", "qualityWorkResult",
            "A manager of the unit, or HR, records the unit's result of quality work for a period under the city's common quality tool. One result per unit, tool and period.",
            Policies.PersonalData, RecordQualityWorkResultAsync);
    }

    private static async Task<object> SubmitAsync(MutationContext<SubmitImprovementProposalInput> context)
    {
        var input = context.Input;
        var employeeId = context.Caller.Self();
        var unitId = GlobalIds.OptionalKey(input.OrganisationUnitId, "OrganisationUnit", "organisationUnitId")
            ?? await context.Db.Employees.Where(e => e.Id == employeeId).Select(e => e.OrganisationUnitId).SingleAsync(context.CancellationToken);
        if (!await context.Db.OrganisationUnits.AnyAsync(u => u.Id == unitId && u.ClosedOn == null, context.CancellationToken))
        {
            throw new InvalidInputError("organisationUnitId", "The proposal must concern an open unit.");
        }

        var competenceId = GlobalIds.OptionalKey(input.CompetenceId, "Competence", "competenceId");
        if (competenceId is { } competence && !await context.Db.Competences.AnyAsync(c => c.Id == competence, context.CancellationToken))
        {
            throw new NotFoundError("competence", input.CompetenceId!);
        }

        var strategyItemId = GlobalIds.OptionalKey(input.StrategyItemId, "StrategyItem", "strategyItemId");
        if (strategyItemId is { } item && !await context.Db.StrategyItems.AnyAsync(s => s.Id == item, context.CancellationToken))
        {
            throw new NotFoundError("strategy item", input.StrategyItemId!);
        }

        var proposal = new ImprovementProposal
        {
            ProposerId = employeeId,
            OrganisationUnitId = unitId,
            Title = string.IsNullOrWhiteSpace(input.Title) ? throw new InvalidInputError("title", "Give the proposal a title.") : input.Title,
            Description = string.IsNullOrWhiteSpace(input.Description) ? throw new InvalidInputError("description", "Describe the proposal.") : input.Description,
            CompetenceId = competenceId,
            StrategyItemId = strategyItemId,
            Status = ImprovementProposalStatus.Submitted,
            SubmittedAt = context.Now,
        };
        context.Db.ImprovementProposals.Add(proposal);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return proposal;
    }

    private static Task<object> ReviewAsync(MutationContext<ReviewImprovementProposalInput> context) =>
        HandleAsync(context, context.Input.ProposalId, Review, (_, _) => { });

    private static Task<object> AcceptAsync(MutationContext<AcceptImprovementProposalInput> context) =>
        HandleAsync(context, context.Input.ProposalId, Accept, (proposal, now) => Decide(proposal, now, context.Input.Response));

    private static Task<object> RejectAsync(MutationContext<RejectImprovementProposalInput> context) =>
        HandleAsync(context, context.Input.ProposalId, Reject, (proposal, now) => Decide(proposal, now, context.Input.Response));

    private static Task<object> ImplementAsync(MutationContext<ImplementImprovementProposalInput> context) =>
        HandleAsync(context, context.Input.ProposalId, Implement, (proposal, now) => proposal.ImplementedAt = now);

    private static void Decide(ImprovementProposal proposal, DateTimeOffset now, string response)
    {
        proposal.Response = string.IsNullOrWhiteSpace(response) ? throw new InvalidInputError("response", "Answer the proposer.") : response;
        proposal.DecidedAt = now;
    }

    /// <summary>A handling step: a manager of the unit the proposal concerns (or HR), never on her own proposal.</summary>
    private static async Task<object> HandleAsync<TInput>(MutationContext<TInput> context, string proposalId, Transition<ImprovementProposalStatus> step, Action<ImprovementProposal, DateTimeOffset> record)
    {
        var proposal = await LoadAsync(context, proposalId);
        var what = $"handle an improvement proposal (it is {step.Action})";
        context.Caller.MustNotBeSelf(proposal.ProposerId, what);
        context.Caller.MustManageUnit(proposal.OrganisationUnitId, what);
        proposal.Status = Proposal.Take(proposal.Status, step);
        record(proposal, context.Now);
        proposal.HandledById = context.Caller.EmployeeId;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return proposal;
    }

    private static async Task<object> WithdrawAsync(MutationContext<WithdrawImprovementProposalInput> context)
    {
        var proposal = await LoadAsync(context, context.Input.ProposalId);
        if (proposal.ProposerId != context.Caller.Self())
        {
            throw new NotAllowedError("Only the proposer can withdraw an improvement proposal.");
        }

        proposal.Status = Proposal.Take(proposal.Status, Withdraw);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return proposal;
    }

    private static async Task<ImprovementProposal> LoadAsync<TInput>(MutationContext<TInput> context, string proposalId)
    {
        var id = GlobalIds.Key(proposalId, "ImprovementProposal", "proposalId");
        return await context.Db.ImprovementProposals.AsTracking().SingleOrDefaultAsync(p => p.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("improvement proposal", proposalId);
    }

    private static async Task<object> RecordQualityWorkResultAsync(MutationContext<RecordQualityWorkResultInput> context)
    {
        var input = context.Input;
        var unitId = GlobalIds.Key(input.OrganisationUnitId, "OrganisationUnit", "organisationUnitId");
        context.Caller.MustManageUnit(unitId, "record the unit's quality work");
        if (!await context.Db.OrganisationUnits.AnyAsync(u => u.Id == unitId, context.CancellationToken))
        {
            throw new NotFoundError("organisation unit", input.OrganisationUnitId);
        }

        var toolId = GlobalIds.Key(input.QualityToolId, "StrategyItem", "qualityToolId");
        var kind = await context.Db.StrategyItems.Where(s => s.Id == toolId).Select(s => (StrategyItemKind?)s.Kind).SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new NotFoundError("strategy item", input.QualityToolId);
        if (kind != StrategyItemKind.QualityTool)
        {
            throw new InvalidInputError("qualityToolId", "Quality work follows the city's common quality tool: name a strategy item of kind QUALITY_TOOL.");
        }

        if (input.PeriodEnd < input.PeriodStart || input.Score < 0 || string.IsNullOrWhiteSpace(input.Summary))
        {
            throw new InvalidInputError(input.PeriodEnd < input.PeriodStart ? "periodEnd" : input.Score < 0 ? "score" : "summary",
                "A period ends on or after it starts, a score is not negative, and a result has a summary.");
        }

        var result = new QualityWorkResult
        {
            OrganisationUnitId = unitId,
            QualityToolId = toolId,
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            Summary = input.Summary,
            Score = input.Score,
            Assessment = input.Assessment,
            ImprovementActions = input.ImprovementActions,
        };
        context.Db.QualityWorkResults.Add(result);
        try
        {
            await context.Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException error) when (error.Violated(QualityWorkResult.OnePerPeriodIndex))
        {
            // The index, not a look-up first, decides: two results recorded at the same moment cannot both pass.
            throw new InvalidInputError("periodStart", "The unit already has a result under this tool for this period.");
        }

        return result;
    }
}
