using GraphQL.Types;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Strategy;

/// <summary>All staff know the city's visions and goals; funding for competence development is investigated and applied for.</summary>
public static class StrategyMutations
{
    /// <summary>Where a funding source may go: investigated, applied for, then granted or rejected.</summary>
    public static StateMachine<FundingSourceStatus> Funding { get; } = new("funding source");

    static StrategyMutations()
    {
        Funding.Allow("applied for", [FundingSourceStatus.Investigating], FundingSourceStatus.Applied);
        Funding.Allow("granted", [FundingSourceStatus.Applied], FundingSourceStatus.Granted);
        Funding.Allow("rejected", [FundingSourceStatus.Applied], FundingSourceStatus.Rejected);
    }

    public static void AddStrategyMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<AcknowledgeStrategyItemInput, StrategyAcknowledgementType>("acknowledgeStrategyItem", "strategyAcknowledgement",
            "The signed-in employee confirms having read a vision, goal, service strategy or quality tool. Acknowledging again changes nothing.",
            Policies.Employee, AcknowledgeAsync);
        mutation.Mutation<ChangeFundingSourceStatusInput, FundingSourceType>("changeFundingSourceStatus", "fundingSource",
            "HR records the next status of a funding source: Investigating → Applied → Granted or Rejected.", Policies.Admin,
            ChangeFundingAsync, typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> AcknowledgeAsync(MutationContext<AcknowledgeStrategyItemInput> context)
    {
        var itemId = GlobalIds.Key(context.Input.StrategyItemId, "StrategyItem", "strategyItemId");
        var employeeId = context.Caller.Self();
        if (!await context.Db.StrategyItems.AnyAsync(s => s.Id == itemId, context.CancellationToken))
        {
            throw new NotFoundError("strategy item", context.Input.StrategyItemId);
        }

        var existing = await context.Db.StrategyAcknowledgements.SingleOrDefaultAsync(a => a.EmployeeId == employeeId && a.StrategyItemId == itemId, context.CancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var acknowledgement = new StrategyAcknowledgement { EmployeeId = employeeId, StrategyItemId = itemId, AcknowledgedAt = context.Now };
        context.Db.StrategyAcknowledgements.Add(acknowledgement);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return acknowledgement;
    }

    private static async Task<object> ChangeFundingAsync(MutationContext<ChangeFundingSourceStatusInput> context)
    {
        var input = context.Input;
        var id = GlobalIds.Key(input.FundingSourceId, "FundingSource", "fundingSourceId");
        var source = await context.Db.FundingSources.AsTracking().SingleOrDefaultAsync(f => f.Id == id, context.CancellationToken)
            ?? throw new NotFoundError("funding source", input.FundingSourceId);
        source.Status = Funding.MoveTo(source.Status, input.Status);
        source.AppliedAmount = input.AppliedAmount ?? source.AppliedAmount;
        source.GrantedAmount = input.GrantedAmount ?? source.GrantedAmount;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return source;
    }
}
