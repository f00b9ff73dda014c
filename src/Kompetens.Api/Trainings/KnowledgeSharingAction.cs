using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Trainings;

/// <summary>How a workplace puts what someone learned to use (the policy's routines to use increased competence), for example a presentation at the workplace meeting.</summary>
public sealed class KnowledgeSharingAction : Entity
{
    public Guid EnrolmentId { get; set; }
    public Enrolment Enrolment { get; set; } = null!;
    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;
    public required string Description { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public Guid? DoneById { get; set; }
    public Employee? DoneBy { get; set; }
}
