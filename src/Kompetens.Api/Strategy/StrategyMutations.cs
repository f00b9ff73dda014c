using GraphQL.Types;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Strategy;

/// <summary>All staff know the city's visions and goals; funding for competence development is investigated and applied for.</summary>
public static class StrategyMutations
{
    /// <summary>Where a funding source may go from each status.</summary>
    public static readonly IReadOnlyDictionary<FundingSourceStatus, FundingSourceStatus[]> FundingTransitions = new Dictionary<FundingSourceStatus, FundingSourceStatus[]>
    {
        [FundingSourceStatus.Investigating] = [FundingSourceStatus.Applied],
        [FundingSourceStatus.Applied] = [FundingSourceStatus.Granted, FundingSourceStatus.Rejected],
        [FundingSourceStatus.Granted] = [],
        [FundingSourceStatus.Rejected] = [],
    };

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

        var acknowledgement = new StrategyAcknowledgement { EmployeeId = employeeId, StrategyItemId = itemId, AcknowledgedAt = DateTimeOffset.UtcNow };
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
        if (!FundingTransitions[source.Status].Contains(input.Status))
        {
            throw new InvalidTransitionError("funding source", source.Status.ToString(), $"moved to {input.Status}");
        }

        source.Status = input.Status;
        source.AppliedAmount = input.AppliedAmount ?? source.AppliedAmount;
        source.GrantedAmount = input.GrantedAmount ?? source.GrantedAmount;
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return source;
    }
}
