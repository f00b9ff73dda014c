using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Plans;

/// <summary>A follow-up conversation on a plan (uppföljning), recorded by the manager.</summary>
public sealed class PlanFollowUp : Entity
{
    public Guid PlanId { get; set; }
    public DevelopmentPlan Plan { get; set; } = null!;
    public DateOnly HeldOn { get; set; }
    public Guid? ConductedById { get; set; }
    public Employee? ConductedBy { get; set; }
    public required string Notes { get; set; }
}
