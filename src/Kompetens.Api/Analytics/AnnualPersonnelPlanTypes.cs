using Kompetens.Api.Security;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Organisation;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Analytics;

public sealed class AnnualPersonnelPlanType : ObjectGraphType<AnnualPersonnelPlan>
{
    public AnnualPersonnelPlanType()
    {
        Name = "AnnualPersonnelPlan";
        Description = "The data of the yearly personnel and training plan (personal- och utbildningsplan) of a unit and the units below it.";
        this.AllowAnonymous();
        Field(x => x.Year).Description("The plan year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffGroupEstimateType>>>>("staffGroups").Description("The competence estimate per unit and staff group.").Resolve(c => c.Source.StaffGroups);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementChangeType>>>>("requirements").Description("What each unit needs now and in the future, by its standing (not withdrawn) requirements.").Resolve(c => c.Source.Requirements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingEventType>>>>("plannedTrainingEvents").Description("The training events of the year (not cancelled) in which staff of the unit or the units below it hold a place.")
            .Resolve(c => c.Source.PlannedEventIds.Select(id => ((TrainingEventType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, id)).ToList());
    }
}

public sealed class StaffGroupEstimateType : ObjectGraphType<StaffGroupEstimate>
{
    public StaffGroupEstimateType()
    {
        Name = "StaffGroupEstimate";
        Description = $"One staff group (job title) in one unit, counted in people. Groups of fewer than the minimum group size (default {SmallGroups.MinimumSize}) show only their size, and a count that would single out fewer people than it (or leave fewer than it out) is null.";
        this.AllowAnonymous();
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Description("The unit.")
            .Resolve(c => ((OrganisationUnitType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, c.Source.UnitId));
        Field(x => x.StaffGroup).Description("The staff group: the job title as payroll has it (empty when unknown).");
        Field(x => x.Employees).Description("The group's staff on the day: the last day of the year, or today for the current and future years (people, each counted once in the unit of their primary post).");
        Field(x => x.Assessed, nullable: true).Description("How many of them have a current level in at least one competence; null when suppressed.");
        Field(x => x.WithAgreedPlan, nullable: true).Description("How many of them have an agreed development plan for the year (as `analytics.planCoverage`); null when suppressed.");
        Field(x => x.PlannedParticipants, nullable: true).Description("How many of them (people, not enrolments) hold a place, not cancelled, at a training event of the year; null when suppressed.");
        Field(x => x.PlannedHours, nullable: true).Description("The training hours of those places; null when the participants are suppressed.");
        Field(x => x.Suppressed).Description("True when the group is too small to show its figures.");
    }
}

public sealed class RequirementChangeType : ObjectGraphType<RequirementChange>
{
    public RequirementChangeType()
    {
        Name = "RequirementChange";
        Description = "How a unit's competence needs change: headcount required now, and in the future.";
        this.AllowAnonymous();
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Description("The unit.")
            .Resolve(c => ((OrganisationUnitType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, c.Source.UnitId));
        Field(x => x.HeadcountNow).Description("People needed now, summed over the unit's requirements.");
        Field(x => x.HeadcountFuture).Description("People needed in the future, summed over the unit's future requirements.");
    }
}
