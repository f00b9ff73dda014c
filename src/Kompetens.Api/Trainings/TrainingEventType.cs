using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Trainings;

public sealed class TrainingEventType : EntityObjectType<TrainingEvent>
{
    public TrainingEventType()
        : base("TrainingEvent", "One run of a training (utbildningstillfälle): when and where, how many places, what it costs and who pays.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field(x => x.StartsAt).Description("When the event starts.");
        Field(x => x.EndsAt).Description("When the event ends.");
        Field(x => x.Location).Description("Where the event is held, or the link for online events.");
        Field(x => x.Language).Description("The language the event is taught in: sv, fi or en — so that an employee finds events in the language she works in.");
        Field(x => x.Capacity).Description("How many participants the event has places for.");
        Field(x => x.Cost).Description("What the event costs in total, in euros.");
        Field(x => x.Status).Description("Whether the event is scheduled, in progress (started: attendance is being recorded), completed or cancelled. An event whose start has passed takes no new requests whatever its status.");
        RequiredReference<TrainingType>("training", x => x.Training, x => x.TrainingId).Description("The training this is a run of.");
        Reference<FundingSourceType>("fundingSource", x => x.FundingSource, x => x.FundingSourceId).Description("Who pays for the event, for example an EU ESF+ project.");
        Children<EnrolmentType>("enrolments", x => x.Enrolments).Description("The enrolments in the event, in every status.").AuthorizeWithPolicy(Policies.PersonalData);
    }
}
