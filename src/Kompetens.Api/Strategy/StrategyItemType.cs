using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Strategy;

public sealed class StrategyItemType : EntityObjectType<StrategyItem>
{
    public StrategyItemType()
        : base("StrategyItem", "A vision, goal, service strategy or quality tool adopted by the city. All staff are to know them; development plans are based on the service strategy.")
    {
        Field(x => x.Kind).Description("What kind of strategy item this is.");
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("The item's title in sv/fi/en.").Resolve(c => c.Source.Title);
        Field<LocalizedTextType>("description").Description("The item's text in sv/fi/en.").Resolve(c => c.Source.Description);
        Field(x => x.DecisionReference, nullable: true).Description("The decision that adopted it, for example a city council decision.");
        Field(x => x.ValidFrom, nullable: true).Description("From when the item applies.");
        Field(x => x.ValidTo, nullable: true).Description("Until when the item applies.");
        this.Reference<StrategyItem, StrategyItemType>("parent", x => x.ParentId).Description("The item this one belongs under, for example the vision a goal serves.");
        this.Children<StrategyItem, StrategyItemType, StrategyItem>("children", x => x.Children).Description("The items directly under this one.");
        this.Children<StrategyItem, StrategyAcknowledgementType, StrategyAcknowledgement>("acknowledgements", x => x.Acknowledgements).Description("The employees' acknowledgements that they have read the item.");
    }
}
