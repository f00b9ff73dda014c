using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Strategy;

public sealed class StrategyAcknowledgementType : EntityObjectType<StrategyAcknowledgement>
{
    public StrategyAcknowledgementType()
        : base("StrategyAcknowledgement", "An employee's acknowledgement that they have read a strategy item, so the city knows that all staff know its visions and goals.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.AcknowledgedAt).Description("When the employee acknowledged the item.");
        RequiredReference<EmployeeType>("employee", x => x.Employee, x => x.EmployeeId).Description("The employee.");
        RequiredReference<StrategyItemType>("strategyItem", x => x.StrategyItem, x => x.StrategyItemId).Description("The strategy item read.");
    }
}
