using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;
using Kompetens.Api.GraphQL;

namespace Kompetens.Api.Collaboration;

[Description("An employee joins a team: themself, or one of their people added by their manager.")]
public sealed class JoinTeamInput
{
    [Id]
    [Description("The team.")]
    public required string TeamId { get; init; }

    [Id]
    [Description("The employee who joins; leave out to join yourself.")]
    public string? EmployeeId { get; init; }

    [Description("The member's role in the team.")]
    public required string Role { get; init; }

    [Description("When the membership starts; today if left out.")]
    public DateOnly? StartsOn { get; init; }
}

[Description("The signed-in employee proposes a job rotation to another unit.")]
public sealed class ProposeJobRotationInput
{
    [Id]
    [Description("The unit to rotate to.")]
    public required string ToUnitId { get; init; }

    [Description("The first day in the other unit.")]
    public required DateOnly StartsOn { get; init; }

    [Description("The last day in the other unit.")]
    public required DateOnly EndsOn { get; init; }

    [MaxLength(4000)]
    [Description("What the employee is to learn.")]
    public required string LearningGoals { get; init; }
}

[Description("The manager of the employee's unit, or of the receiving unit, approves a proposed rotation.")]
public sealed class ApproveJobRotationInput
{
    [Id]
    [Description("The rotation.")]
    public required string RotationId { get; init; }
}

[Description("The manager of the employee's unit, or of the receiving unit, refuses a proposed rotation, saying why.")]
public sealed class RejectJobRotationInput
{
    [Id]
    [Description("The rotation.")]
    public required string RotationId { get; init; }

    [MaxLength(4000)]
    [Description("Why the rotation is refused; the employee reads it.")]
    public required string Comment { get; init; }
}

[Description("The employee withdraws their rotation, or one of the two managers calls it off, before it is completed.")]
public sealed class CancelJobRotationInput
{
    [Id]
    [Description("The rotation.")]
    public required string RotationId { get; init; }

    [MaxLength(4000)]
    [Description("Why the rotation will not take place (or ends early).")]
    public string? Comment { get; init; }
}

[Description("The employee arrives in the receiving unit: an approved rotation becomes ongoing, on or after its first day.")]
public sealed class StartJobRotationInput
{
    [Id]
    [Description("The rotation.")]
    public required string RotationId { get; init; }
}

[Description("The employee's manager completes a rotation with an evaluation, optionally recording evidence of what was learned.")]
public sealed class CompleteJobRotationInput
{
    [Id]
    [Description("The rotation.")]
    public required string RotationId { get; init; }

    [MaxLength(8000)]
    [Description("The evaluation of the rotation.")]
    public required string Evaluation { get; init; }

    [Description("Competence levels the rotation showed, recorded as evidence assessments.")]
    public IReadOnlyList<EvidenceInput>? Evidence { get; init; }
}

[Description("A competence level shown by evidence.")]
public sealed class EvidenceInput
{
    [Id]
    [Description("The competence.")]
    public required string CompetenceId { get; init; }

    [Description("The level shown.")]
    public required int Level { get; init; }
}

[Description("HR or a manager forms a team around a task, across units and administrations.")]
public sealed class FormTeamInput
{
    [Description("The team's name; Finnish and English when the team works in them.")]
    public required LocalizedTextInput Name { get; init; }

    [MaxLength(4000)]
    [Description("The task the team is formed for.")]
    public required string Task { get; init; }

    [Description("What kind of team it is.")]
    public required TeamKind Kind { get; init; }

    [Description("When the team starts.")]
    public required DateOnly StartsOn { get; init; }

    [Description("When the team ends, if decided.")]
    public DateOnly? EndsOn { get; init; }

    [Id]
    [Description("The units the team spans.")]
    public required IReadOnlyList<string> UnitIds { get; init; }
}

[Description("A member leaves a team: the membership ends.")]
public sealed class LeaveTeamInput
{
    [Id]
    [Description("The membership.")]
    public required string MembershipId { get; init; }

    [Description("The last day in the team; today if left out.")]
    public DateOnly? EndsOn { get; init; }
}
