using GraphQL;
using Kompetens.Api.Collaboration;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Plans;

public sealed class PlanActivityType : EntityObjectType<PlanActivity>
{
    public PlanActivityType()
        : base("PlanActivity", "Something the employee does to reach a plan's goals: a training event, learning on the job, a job rotation, a team, mentoring, self-study or sharing knowledge.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Kind).Description("What kind of activity this is.");
        Field(x => x.Description).Description("What the employee will do.");
        Field(x => x.StartsOn, nullable: true).Description("When the activity starts.");
        Field(x => x.EndsOn, nullable: true).Description("When the activity ends.");
        Field(x => x.Status).Description("Whether the activity is planned, in progress, done or cancelled.");
        Field(x => x.Cost, nullable: true).Description("What the activity costs the city, in euros.");
        RequiredReference<DevelopmentPlanType>("plan", x => x.Plan, x => x.PlanId).Description("The plan the activity belongs to.");
        Reference<PlanGoalType>("goal", x => x.Goal, x => x.GoalId).Description("The goal the activity serves, if one.");
        Reference<TrainingEventType>("trainingEvent", x => x.TrainingEvent, x => x.TrainingEventId).Description("The training event, for training activities.");
        Reference<JobRotationType>("jobRotation", x => x.JobRotation, x => x.JobRotationId).Description("The job rotation, for rotation activities.");
        Reference<TeamType>("team", x => x.Team, x => x.TeamId).Description("The team, for team activities.");
        Reference<FundingSourceType>("fundingSource", x => x.FundingSource, x => x.FundingSourceId).Description("Who pays for the activity, for example an EU ESF+ project.");
    }
}
