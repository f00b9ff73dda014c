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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementChangeType>>>>("requirements").Description("What each unit needs now and in the future.").Resolve(c => c.Source.Requirements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingEventType>>>>("plannedTrainingEvents").Description("The training events held during the year.")
            .Resolve(c => c.Source.PlannedEventIds.Select(id => ((TrainingEventType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, id)).ToList());
    }
}

public sealed class StaffGroupEstimateType : ObjectGraphType<StaffGroupEstimate>
{
    public StaffGroupEstimateType()
    {
        Name = "StaffGroupEstimate";
        Description = $"One staff group (job title) in one unit. Groups of fewer than {SmallGroups.MinimumSize} people show only their size.";
        this.AllowAnonymous();
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Description("The unit.")
            .Resolve(c => ((OrganisationUnitType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, c.Source.UnitId));
        Field(x => x.StaffGroup).Description("The staff group: the job title as payroll has it (empty when unknown).");
        Field(x => x.Employees).Description("Active employees in the group.");
        Field(x => x.Assessed, nullable: true).Description("How many of them have any competence assessment; null when suppressed.");
        Field(x => x.AverageLevel, nullable: true).Description($"The average current level over all their assessed competences — the competence estimate; null when suppressed or fewer than {SmallGroups.MinimumSize} are assessed.");
        Field(x => x.PlannedTrainings, nullable: true).Description($"Enrolments of the group in the year's training events; null when suppressed or fewer than {SmallGroups.MinimumSize}.");
        Field(x => x.PlannedHours, nullable: true).Description($"Training hours those enrolments add up to; null when suppressed or fewer than {SmallGroups.MinimumSize} enrolments.");
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
