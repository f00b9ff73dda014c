using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Strategy;

/// <summary>How many of a unit's active staff have acknowledged a strategy item.</summary>
public sealed record StrategyCoverage(StrategyItem StrategyItem, int Employees, int Acknowledged)
{
    public decimal Share => Employees == 0 ? 0 : Math.Round((decimal)Acknowledged / Employees, 3);
}

public sealed class StrategyCoverageType : ObjectGraphType<StrategyCoverage>
{
    public StrategyCoverageType()
    {
        Name = "StrategyCoverage";
        Description = "How far a unit's staff know a strategy item: active employees in the unit and below, and how many have acknowledged reading it.";
        this.AllowAnonymous();
        Field<NonNullGraphType<StrategyItemType>>("strategyItem").Description("The strategy item.").Resolve(c => c.Source.StrategyItem);
        Field(x => x.Employees).Description("Active employees in the unit and the units below it.");
        Field(x => x.Acknowledged).Description("How many of them have acknowledged the item.");
        Field(x => x.Share).Description("Acknowledged divided by employees, 0–1.");
    }
}

public static class StrategyCoverageQueries
{
    public static void AddStrategyCoverageQueries(this ObjectGraphType query) =>
        query.UnitReport<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyCoverageType>>>>("strategyCoverage",
            "For a unit and the units below it: how many staff have acknowledged each strategy item (all staff are to know the city's visions and goals). For the unit's managers and HR.",
            openToAnalytics: false,
            async (db, unitId, context) =>
            {
                var subtree = await OrganisationTree.SubtreeAsync(db, [unitId], context.CancellationToken);
                var employees = await db.Employees.CountAsync(e => subtree.Contains(e.OrganisationUnitId) && e.Status == Organisation.EmployeeStatus.Active, context.CancellationToken);
                var acknowledged = await db.StrategyAcknowledgements
                    .Where(a => subtree.Contains(a.Employee.OrganisationUnitId) && a.Employee.Status == Organisation.EmployeeStatus.Active)
                    .GroupBy(a => a.StrategyItemId)
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, context.CancellationToken);
                var items = await db.StrategyItems.OrderBy(s => s.Id).ToListAsync(context.CancellationToken);
                return items.Select(item => new StrategyCoverage(item, employees, acknowledged.GetValueOrDefault(item.Id))).ToList();
            });
}
