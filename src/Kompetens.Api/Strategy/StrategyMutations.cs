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
        mutation.Mutation<CreateStrategyItemInput, StrategyItemType>("createStrategyItem", "strategyItem",
            "HR records a vision, goal, service strategy item or the board-approved quality tool (which needs its decision reference), under an existing parent.",
            Policies.Admin, CreateItemAsync);
        mutation.Mutation<UpdateStrategyItemInput, StrategyItemType>("updateStrategyItem", "strategyItem",
            "HR changes a strategy item's texts, parent (never one below it), decision reference or validity.", Policies.Admin, UpdateItemAsync);
        mutation.Mutation<RetireStrategyItemInput, StrategyItemType>("retireStrategyItem", "strategyItem",
            "HR retires a strategy item: its validity ends on the last day given (today by default); it stays readable as history.",
            Policies.Admin, RetireItemAsync, typeof(InvalidTransitionErrorType));
        mutation.Mutation<CreateFundingSourceInput, FundingSourceType>("createFundingSource", "fundingSource",
            "HR records a funding source for competence development (EU ESF+, a national grant, the city's own budget); it starts as Investigating.",
            Policies.Admin, CreateFundingAsync);
        mutation.Mutation<UpdateFundingSourceInput, FundingSourceType>("updateFundingSource", "fundingSource",
            "HR changes a funding source's name, kind, programme, project code, amounts or validity; the status moves with changeFundingSourceStatus.",
            Policies.Admin, UpdateFundingAsync);
        mutation.Mutation<ChangeFundingSourceStatusInput, FundingSourceType>("changeFundingSourceStatus", "fundingSource",
            "HR records the next status of a funding source: Investigating → Applied → Granted or Rejected.", Policies.Admin,
            ChangeFundingAsync, typeof(InvalidTransitionErrorType));
    }

    private static async Task<object> AcknowledgeAsync(MutationContext<AcknowledgeStrategyItemInput> context)
    {
        var itemId = GlobalIds.Key(context.Input.StrategyItemId, "StrategyItem", "strategyItemId");
        var employeeId = context.Caller.Self();
        var item = await context.Db.StrategyItems.SingleOrDefaultAsync(s => s.Id == itemId, context.CancellationToken)
            ?? throw new NotFoundError("strategy item", context.Input.StrategyItemId);
        if (item.IsRetiredOn(context.Today))
        {
            throw new InvalidInputError("strategyItemId", $"The strategy item was retired on {item.ValidTo:yyyy-MM-dd}; read the one in force.");
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

    private static async Task<object> CreateItemAsync(MutationContext<CreateStrategyItemInput> context)
    {
        var input = context.Input;
        var item = new StrategyItem
        {
            Kind = input.Kind,
            Title = input.Title.ToText(),
            Description = input.Description?.ToText(),
            ParentId = await ParentAsync(context, input.ParentId, null),
            DecisionReference = Blank(input.DecisionReference) ? null : input.DecisionReference,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        CheckItem(item);
        context.Db.StrategyItems.Add(item);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return item;
    }

    private static async Task<object> UpdateItemAsync(MutationContext<UpdateStrategyItemInput> context)
    {
        var input = context.Input;
        var item = await LoadItemAsync(context, input.StrategyItemId);
        item.Title = input.Title?.ToText() ?? item.Title;
        item.Description = input.Description?.ToText() ?? item.Description;
        item.ParentId = input.ParentId is null ? item.ParentId : await ParentAsync(context, input.ParentId, item.Id);
        item.DecisionReference = input.DecisionReference is null ? item.DecisionReference : Blank(input.DecisionReference) ? null : input.DecisionReference;
        item.ValidFrom = input.ValidFrom ?? item.ValidFrom;
        item.ValidTo = input.ValidTo ?? item.ValidTo;
        CheckItem(item);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return item;
    }

    private static async Task<object> RetireItemAsync(MutationContext<RetireStrategyItemInput> context)
    {
        var item = await LoadItemAsync(context, context.Input.StrategyItemId);
        if (item.ValidTo < context.Today)
        {
            throw new InvalidTransitionError("strategy item", "retired", "retired");
        }

        item.ValidTo = context.Input.LastDay ?? context.Today;
        Periods.MustNotEndBeforeStart(item.ValidFrom, item.ValidTo, "lastDay");
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return item;
    }

    /// <summary>What every strategy item meets, new or changed: a quality tool names the board's decision, and the validity is a period.</summary>
    private static void CheckItem(StrategyItem item)
    {
        if (item.Kind == StrategyItemKind.QualityTool && item.DecisionReference is null)
        {
            throw new InvalidInputError("decisionReference", "The quality tool is approved by the city board: give the decision's reference.");
        }

        Periods.MustNotEndBeforeStart(item.ValidFrom, item.ValidTo, "validTo");
    }

    /// <summary>The parent's key: an item that exists and, for an item that moves, is neither the item itself nor below it.</summary>
    private static async Task<Guid?> ParentAsync<TInput>(MutationContext<TInput> context, string? parentId, Guid? itemId)
    {
        if (GlobalIds.OptionalKey(parentId, "StrategyItem", "parentId") is not { } parent)
        {
            return null;
        }

        // The hierarchy is a few dozen rows: walk it in memory, up from the new parent.
        var parents = await context.Db.StrategyItems.ToDictionaryAsync(s => s.Id, s => s.ParentId, context.CancellationToken);
        if (!parents.ContainsKey(parent))
        {
            throw new InvalidInputError("parentId", $"No strategy item with id '{parentId}' that you may see.");
        }

        for (Guid? above = parent; above is { } id; above = parents.GetValueOrDefault(id))
        {
            if (id == itemId)
            {
                throw new InvalidInputError("parentId", "An item cannot be placed under itself or under an item below it.");
            }
        }

        return parent;
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static async Task<StrategyItem> LoadItemAsync<TInput>(MutationContext<TInput> context, string id)
    {
        var key = GlobalIds.Key(id, "StrategyItem", "strategyItemId");
        return await context.Db.StrategyItems.AsTracking().SingleOrDefaultAsync(s => s.Id == key, context.CancellationToken)
            ?? throw new NotFoundError("strategy item", id);
    }

    private static async Task<object> CreateFundingAsync(MutationContext<CreateFundingSourceInput> context)
    {
        var input = context.Input;
        var source = new FundingSource
        {
            Name = input.Name.ToText(),
            Kind = input.Kind,
            Programme = input.Programme,
            ProjectCode = input.ProjectCode,
            Status = FundingSourceStatus.Investigating,
            AppliedAmount = input.AppliedAmount,
            GrantedAmount = input.GrantedAmount,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        CheckFunding(source);
        context.Db.FundingSources.Add(source);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return source;
    }

    private static async Task<object> UpdateFundingAsync(MutationContext<UpdateFundingSourceInput> context)
    {
        var input = context.Input;
        var source = await LoadFundingAsync(context, input.FundingSourceId);
        source.Name = input.Name?.ToText() ?? source.Name;
        source.Kind = input.Kind ?? source.Kind;
        source.Programme = input.Programme ?? source.Programme;
        source.ProjectCode = input.ProjectCode ?? source.ProjectCode;
        source.AppliedAmount = input.AppliedAmount ?? source.AppliedAmount;
        source.GrantedAmount = input.GrantedAmount ?? source.GrantedAmount;
        source.ValidFrom = input.ValidFrom ?? source.ValidFrom;
        source.ValidTo = input.ValidTo ?? source.ValidTo;
        CheckFunding(source);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return source;
    }

    private static async Task<object> ChangeFundingAsync(MutationContext<ChangeFundingSourceStatusInput> context)
    {
        var input = context.Input;
        var source = await LoadFundingAsync(context, input.FundingSourceId);
        source.Status = Funding.MoveTo(source.Status, input.Status);
        source.AppliedAmount = input.AppliedAmount ?? source.AppliedAmount;
        source.GrantedAmount = input.GrantedAmount ?? source.GrantedAmount;
        CheckFunding(source);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        return source;
    }

    /// <summary>What every funding source meets, new or changed: amounts are never negative, and the validity is a period.</summary>
    private static void CheckFunding(FundingSource source)
    {
        if (source.AppliedAmount < 0)
        {
            throw new InvalidInputError("appliedAmount", "An amount cannot be negative.");
        }

        if (source.GrantedAmount < 0)
        {
            throw new InvalidInputError("grantedAmount", "An amount cannot be negative.");
        }

        Periods.MustNotEndBeforeStart(source.ValidFrom, source.ValidTo, "validTo");
    }

    private static async Task<FundingSource> LoadFundingAsync<TInput>(MutationContext<TInput> context, string id)
    {
        var key = GlobalIds.Key(id, "FundingSource", "fundingSourceId");
        return await context.Db.FundingSources.AsTracking().SingleOrDefaultAsync(f => f.Id == key, context.CancellationToken)
            ?? throw new NotFoundError("funding source", id);
    }
}
