using System.Linq.Expressions;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Paging;
using Kompetens.GraphQL.Data.Scalars;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.GraphQL.Data.Tests.Model;

public sealed class GadgetType : NodeObjectType<Gadget>
{
    public GadgetType()
        : base("Gadget", "A gadget.", x => x.Id)
    {
        Field(x => x.Name).Description("Name.");
        Field(x => x.Nickname, nullable: true).Description("Nickname.");
        Field(x => x.Price).Description("Price.");
        Field(x => x.Stock).Description("Stock.");
        Field(x => x.Rating, nullable: true).Description("Rating.");
        Field(x => x.Weight).Description("Weight.");
        Field(x => x.Serial).Description("Serial.");
        Field(x => x.IsActive).Description("Active.");
        Field(x => x.ReleasedOn).Description("Released.");
        Field(x => x.UpdatedAt).Description("Updated.");
        Field(x => x.Batch).Description("Batch.");
        Field(x => x.Kind).Description("Kind.");
        Field("label", x => x.Label, typeof(NonNullGraphType<LabelType>)).Description("Label.");
        Field("sticker", x => x.Sticker, typeof(LabelType)).Description("Sticker, if any.");
        Reference<MakerType>("maker", x => x.Maker, x => x.MakerId).Description("Maker.");
        Children<PartType>("parts", x => x.Parts).Description("Parts.");
    }
}

public sealed class LabelType : QueryableObjectType<Label>
{
    public LabelType()
    {
        Name = "Label";
        Description = "A label.";
        Field(x => x.Text).Description("Text.");
        Field(x => x.Color, nullable: true).Description("Color.");
        Field<NonNullGraphType<StringGraphType>>("shout")
            .Description("The text in capitals, computed in C#.")
            .Resolve(context => context.Source.Text.ToUpperInvariant())
            .FieldType.SetRequires([(Expression<Func<Label, string>>)(x => x.Text)]);
    }
}

public sealed class MakerType : NodeObjectType<Maker>
{
    public MakerType()
        : base("Maker", "A maker.", x => x.Id)
    {
        Field(x => x.Name).Description("Name.");
        Field(x => x.Country).Description("Country.");
        Children<GadgetType>("gadgets", x => x.Gadgets).Description("Gadgets.");
    }
}

public sealed class PartType : NodeObjectType<Part>
{
    public PartType()
        : base("Part", "A part.", x => x.Id)
    {
        Field(x => x.Name).Description("Name.");
        Field(x => x.Grams).Description("Grams.");
        RequiredReference<GadgetType>("gadget", x => x.Gadget, x => x.GadgetId).Description("Gadget.");
    }
}

public sealed class GadgetQuery : ObjectGraphType
{
    public GadgetQuery()
    {
        Name = "Query";
        this.AddNodeFields();
        this.Connection<object?, GadgetType, Gadget>("gadgets", new() { Search = (rows, text) => rows.Where(g => g.Name.Contains(text)) });
        this.CollectionSegment<object?, GadgetType, Gadget>("gadgetPages");
        this.Connection<object?, MakerType, Maker>("makers", new() { Paging = new() { MaxPageSize = 3, DefaultPageSize = 2 } });
        this.Connection<object?, GadgetType, Gadget>("boundedGadgets", new() { Paging = new() { RequirePagingBoundaries = true } });
        // Offset paging over rows that are not an IQueryable (a hand-written statement's rows): here the numbers 1–9.
        this.OffsetSegment<object?, SerialNumberType>("serialNumbers", new() { MaxPageSize = 4, DefaultPageSize = 2 }, (_, page) =>
            Task.FromResult(page.Segment([.. Enumerable.Range(1, 9).Skip(page.Skip).Take(page.Take + 1).Cast<object>()], _ => Task.FromResult(9))));
    }
}

public sealed class SerialNumberType : ObjectGraphType<int>
{
    public SerialNumberType()
    {
        Name = "SerialNumber";
        Field<NonNullGraphType<IntGraphType>>("value").Description("The number.").Resolve(c => c.Source);
    }
}

public sealed class GadgetSchema : Schema
{
    public GadgetSchema(IServiceProvider services, GadgetQuery query)
        : base(services)
    {
        Query = query;
        this.RegisterHotChocolateScalars();
    }
}
