using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Strategy;

public sealed class StrategyAcknowledgementType : EntityObjectType<StrategyAcknowledgement>
{
    public StrategyAcknowledgementType()
        : base("StrategyAcknowledgement", "An employee's acknowledgement that they have read a strategy item, so the city knows that all staff know its visions and goals.")
    {
        Field(x => x.AcknowledgedAt).Description("When the employee acknowledged the item.");
        this.RequiredReference<StrategyAcknowledgement, EmployeeType>("employee", x => x.EmployeeId).Description("The employee.");
        this.RequiredReference<StrategyAcknowledgement, StrategyItemType>("strategyItem", x => x.StrategyItemId).Description("The strategy item read.");
    }
}
