using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Competences;

public sealed class ProficiencyScaleType : EntityObjectType<ProficiencyScale>
{
    public ProficiencyScaleType()
        : base("ProficiencyScale", "A scale of proficiency levels that assessments and requirements use. Scales are data, so the city can have several (for example one for languages).")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Code).Description("The scale's code, unique.");
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The scale's name in sv/fi/en.");
        Children<ProficiencyLevelType>("levels", x => x.Levels).Description("The levels of the scale.");
    }
}

public sealed class ProficiencyLevelType : EntityObjectType<ProficiencyLevel>
{
    public ProficiencyLevelType()
        : base("ProficiencyLevel", "One step of a proficiency scale, with what it means. Level 0 means not needed or not applicable.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Level).Description("The level's number on its scale; higher is more proficient.");
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The level's short name in sv/fi/en.");
        Field("description", x => x.Description, typeof(LocalizedTextType)).Description("What a person at this level can do, in sv/fi/en.");
        RequiredReference<ProficiencyScaleType>("scale", x => x.Scale, x => x.ScaleId).Description("The scale the level belongs to.");
    }
}
