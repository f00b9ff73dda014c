using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Trainings;

public static class TrainingQueries
{
    public static void AddTrainingQueries(this ObjectGraphType query)
    {
        query.Connection<object?, TrainingType, Training>("trainings", new()
            {
                Search = TextSearch.Over<Training>(t => t.Title.Sv, t => t.Title.Fi, t => t.Title.En, t => t.Code, t => t.Provider),
            })
            .Description("The training catalogue.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, TrainingEventType, TrainingEvent>("trainingEvents")
            .Description("Training events (utbildningstillfällen), past and upcoming.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, EnrolmentType, Enrolment>("enrolments")
            .Description("Enrolments in training events.")
            .AuthorizeWithPolicy(Policies.PersonalData);
        query.Connection<object?, KnowledgeSharingActionType, KnowledgeSharingAction>("knowledgeSharingActions")
            .Description("How workplaces put what people learned to use (from trainings, rotations, teams and self-study): one's own, one's people's, and those at the workplaces one works in or manages.")
            .AuthorizeWithPolicy(Policies.PersonalData);
    }
}
