using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Competences;

public sealed class CompetenceType : EntityObjectType<Competence>
{
    public CompetenceType()
        : base("Competence", "An item in the city's competence catalogue: knowledge, a skill, experience, values and attitudes, or contacts and networks.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Code).Description("The catalogue code of the competence, unique and stable; the natural key.");
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The competence's name in sv/fi/en.");
        Field("description", x => x.Description, typeof(LocalizedTextType)).Description("What the competence means in the city's work, in sv/fi/en.");
        Field(x => x.Dimension).Description("Which of the policy's five dimensions of competence this is.");
        Field(x => x.EscoUri, nullable: true).Description("The matching ESCO skill or knowledge concept, when there is one.");
        Field(x => x.Status).Description("Active competences can be assessed and required; retired ones stay readable for history.");
        Reference<CompetenceType>("parent", x => x.Parent, x => x.ParentId).Description("The competence group this competence belongs to.");
        Children<CompetenceType>("children", x => x.Children).Description("The competences grouped under this one.");
        RequiredReference<ProficiencyScaleType>("scale", x => x.Scale, x => x.ScaleId).Description("The scale its levels are assessed and required on.");
    }
}
