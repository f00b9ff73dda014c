using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Competences;

public sealed class ProficiencyScaleType : EntityObjectType<ProficiencyScale>
{
    public ProficiencyScaleType()
        : base("ProficiencyScale", "A scale of proficiency levels that assessments and requirements use. Scales are data, so the city can have several (for example one for languages).")
    {
        Field(x => x.Code).Description("The scale's code, unique.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The scale's name in sv/fi/en.").Resolve(c => c.Source.Name);
        this.Children<ProficiencyScale, ProficiencyLevelType, ProficiencyLevel>("levels", x => x.Levels).Description("The levels of the scale.");
    }
}

public sealed class ProficiencyLevelType : EntityObjectType<ProficiencyLevel>
{
    public ProficiencyLevelType()
        : base("ProficiencyLevel", "One step of a proficiency scale, with what it means. Level 0 means not needed or not applicable.")
    {
        Field(x => x.Level).Description("The level's number on its scale; higher is more proficient.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The level's short name in sv/fi/en.").Resolve(c => c.Source.Name);
        Field<LocalizedTextType>("description").Description("What a person at this level can do, in sv/fi/en.").Resolve(c => c.Source.Description);
        this.RequiredReference<ProficiencyLevel, ProficiencyScaleType>("scale", x => x.ScaleId).Description("The scale the level belongs to.");
    }
}
