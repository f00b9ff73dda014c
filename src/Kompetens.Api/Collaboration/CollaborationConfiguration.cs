using Kompetens.Api.Domain;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Collaboration;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.HasLocalizedText(x => x.Name);
        b.Property(x => x.Task).HasMaxLength(4000);
        b.HasMany(x => x.Units).WithMany().UsingEntity("team_units");
        b.HasPeriodCheck("starts_on", "ends_on");
    }
}

internal sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> b)
    {
        b.HasOne(x => x.Team).WithMany(x => x.Members).HasForeignKey(x => x.TeamId);
        b.HasOne(x => x.Employee).WithMany(x => x.TeamMemberships).HasForeignKey(x => x.EmployeeId);
        b.HasIndex(x => new { x.TeamId, x.EmployeeId });
        b.HasIndex(x => x.EmployeeId);
        b.Property<uint>(RowVersions.Property).IsRowVersion();

        // One person, one place: at most one open-ended (current) membership per employee and team.
        b.HasIndex(x => new { x.TeamId, x.EmployeeId }, OneCurrentMembershipIndex).HasDatabaseName(OneCurrentMembershipIndex).IsUnique().HasFilter("ends_on IS NULL");
        b.HasPeriodCheck("starts_on", "ends_on");
    }

    /// <summary>The unique index that holds one current membership per employee and team; a race that hits it is ALREADY_MEMBER.</summary>
    public const string OneCurrentMembershipIndex = "ux_team_memberships_one_current_per_employee_and_team";
}

internal sealed class JobRotationConfiguration : IEntityTypeConfiguration<JobRotation>
{
    public void Configure(EntityTypeBuilder<JobRotation> b)
    {
        b.HasOne(x => x.Employee).WithMany(x => x.JobRotations).HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.FromUnit).WithMany().HasForeignKey(x => x.FromUnitId);
        b.HasOne(x => x.ToUnit).WithMany().HasForeignKey(x => x.ToUnitId);
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => x.FromUnitId);
        b.HasIndex(x => x.ToUnitId);
        b.Property<uint>(RowVersions.Property).IsRowVersion();
        b.Property(x => x.LearningGoals).HasMaxLength(4000);
        b.Property(x => x.Evaluation).HasMaxLength(8000);
        b.Property(x => x.DecisionComment).HasMaxLength(4000);
        b.HasPeriodCheck("starts_on", "ends_on");
        b.ToTable(t => t.HasCheckConstraint("ck_job_rotations_units_differ", "from_unit_id <> to_unit_id"));
    }
}
