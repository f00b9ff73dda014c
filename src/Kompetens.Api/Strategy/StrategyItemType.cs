using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Strategy;

public sealed class StrategyItemType : EntityObjectType<StrategyItem>
{
    public StrategyItemType()
        : base("StrategyItem", "A vision, goal, service strategy or quality tool adopted by the city. All staff are to know them; development plans are based on the service strategy.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Kind).Description("What kind of strategy item this is.");
        Field("title", x => x.Title, typeof(NonNullGraphType<LocalizedTextType>)).Description("The item's title in sv/fi/en.");
        Field("description", x => x.Description, typeof(LocalizedTextType)).Description("The item's text in sv/fi/en.");
        Field(x => x.DecisionReference, nullable: true).Description("The decision that adopted it, for example a city council decision.");
        Field(x => x.ValidFrom, nullable: true).Description("From when the item applies.");
        Field(x => x.ValidTo, nullable: true).Description("Until when the item applies.");
        Reference<StrategyItemType>("parent", x => x.Parent, x => x.ParentId).Description("The item this one belongs under, for example the vision a goal serves.");
        Children<StrategyItemType>("children", x => x.Children).Description("The items directly under this one.");
        Children<StrategyAcknowledgementType>("acknowledgements", x => x.Acknowledgements).Description("The employees' acknowledgements that they have read the item.").AuthorizeWithPolicy(Policies.PersonalData);
    }
}
