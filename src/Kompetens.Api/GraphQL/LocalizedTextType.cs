using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.Api.GraphQL;

/// <summary>A text in Swedish, Finnish and English, plus the caller's language.</summary>
public sealed class LocalizedTextType : QueryableObjectType<LocalizedText>
{
    /// <summary>What <c>text</c> reads, so a projection loads these columns rather than the whole row.</summary>
    private static readonly IReadOnlyList<LambdaExpression> AllLanguages =
        [(Expression<Func<LocalizedText, string>>)(x => x.Sv), (Expression<Func<LocalizedText, string?>>)(x => x.Fi), (Expression<Func<LocalizedText, string?>>)(x => x.En)];

    public LocalizedTextType()
    {
        Name = "LocalizedText";
        Description = "A text a person reads, in the city's languages. Swedish is always present; Finnish and English when translated.";

        // A value inside the object that holds it: readable by whoever may read that object.
        this.AllowAnonymous();
        Field(x => x.Sv).Description("The text in Swedish.");
        Field(x => x.Fi, nullable: true).Description("The text in Finnish, if translated.");
        Field(x => x.En, nullable: true).Description("The text in English, if translated.");
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("The text in one language — the `language` argument, else the signed-in employee's `preferredLanguage`, else the request's `Accept-Language` (sv, fi or en) — falling back to Swedish when that language has no translation.")
            .Argument<StringGraphType>("language", "sv, fi or en; overrides the caller's preferred language and Accept-Language.")
            .Resolve(context => context.Source.In(context.GetArgument<string?>("language") ?? RequestLanguage.Of(context)))
            .FieldType.SetRequires(AllLanguages);
    }
}
