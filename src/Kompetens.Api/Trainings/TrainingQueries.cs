using GraphQL.Types;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Trainings;

public static class TrainingQueries
{
    public static void AddTrainingQueries(this ObjectGraphType query)
    {
        query.Connection<object?, TrainingType, Training>("trainings")
            .Description("The training catalogue.");
        query.Connection<object?, TrainingEventType, TrainingEvent>("trainingEvents")
            .Description("Training events (utbildningstillfällen), past and upcoming.");
        query.Connection<object?, EnrolmentType, Enrolment>("enrolments")
            .Description("Enrolments in training events.");
    }
}
