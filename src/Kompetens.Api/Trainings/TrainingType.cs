using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Competences;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Trainings;

public sealed class TrainingType : EntityObjectType<Training>
{
    public TrainingType()
        : base("Training", "A course or programme in the city's training catalogue. It is run as one or more training events.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.Code).Description("The training's catalogue code, unique.");
        Field("title", x => x.Title, typeof(NonNullGraphType<LocalizedTextType>)).Description("The training's title in sv/fi/en.");
        Field("description", x => x.Description, typeof(LocalizedTextType)).Description("What the training covers, in sv/fi/en.");
        Field(x => x.Provider).Description("Who gives the training: a unit of the city or an external provider.");
        Field(x => x.Hours).Description("How many hours of learning the training takes.");
        Field(x => x.Format).Description("How the training is given.");
        Children<TrainingCompetenceType>("competences", x => x.Competences).Description("The competences the training develops, and the level a participant reaches.");
        Children<TrainingEventType>("events", x => x.Events).Description("The times the training is run.");
    }
}

public sealed class TrainingCompetenceType : EntityObjectType<TrainingCompetence>
{
    public TrainingCompetenceType()
        : base("TrainingCompetence", "A competence a training develops, and the level a participant who completes it reaches.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.LevelReached).Description("The level a participant reaches by completing the training; recorded as evidence on completion.");
        RequiredReference<TrainingType>("training", x => x.Training, x => x.TrainingId).Description("The training.");
        RequiredReference<CompetenceType>("competence", x => x.Competence, x => x.CompetenceId).Description("The competence developed.");
    }
}
