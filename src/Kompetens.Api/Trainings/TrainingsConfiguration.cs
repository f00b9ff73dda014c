using Kompetens.Api.Domain;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Trainings;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasLocalizedText(x => x.Title).HasLocalizedText(x => x.Description, 4000);
        b.ToTable(t => t.HasCheckConstraint("ck_trainings_hours", "hours >= 0"));
    }
}

internal sealed class TrainingCompetenceConfiguration : IEntityTypeConfiguration<TrainingCompetence>
{
    public void Configure(EntityTypeBuilder<TrainingCompetence> b)
    {
        b.HasOne(x => x.Training).WithMany(x => x.Competences).HasForeignKey(x => x.TrainingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Competence).WithMany().HasForeignKey(x => x.CompetenceId);
        b.HasIndex(x => new { x.TrainingId, x.CompetenceId }).IsUnique();
        b.HasIndex(x => x.CompetenceId);
        b.HasLevelCheck("level_reached");
    }
}

internal sealed class TrainingEventConfiguration : IEntityTypeConfiguration<TrainingEvent>
{
    public void Configure(EntityTypeBuilder<TrainingEvent> b)
    {
        b.HasOne(x => x.Training).WithMany(x => x.Events).HasForeignKey(x => x.TrainingId);
        b.HasOne(x => x.FundingSource).WithMany(x => x.TrainingEvents).HasForeignKey(x => x.FundingSourceId);
        b.HasIndex(x => new { x.TrainingId, x.StartsAt });
        b.HasIndex(x => x.StartsAt);
        b.HasIndex(x => x.FundingSourceId);
        b.Property(x => x.Language).HasMaxLength(2);
        b.ToTable(t => t.HasCheckConstraint("ck_training_events_language", "language IN ('sv', 'fi', 'en')"));
        b.Property<uint>(RowVersions.Property).IsRowVersion();
        b.HasPeriodCheck("starts_at", "ends_at");
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_training_events_capacity", "capacity > 0");
            t.HasCheckConstraint("ck_training_events_cost", "cost >= 0");
        });
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.HasOne(x => x.TrainingEvent).WithMany(x => x.Enrolments).HasForeignKey(x => x.TrainingEventId);
        b.HasOne(x => x.Employee).WithMany(x => x.Enrolments).HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.DecidedBy).WithMany().HasForeignKey(x => x.DecidedById);
        b.HasOne(x => x.PlanActivity).WithMany().HasForeignKey(x => x.PlanActivityId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.TrainingEventId, x.Status });
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => x.PlanActivityId);
        b.Property<uint>(RowVersions.Property).IsRowVersion();

        // One person, one place: at most one open enrolment (any status but Cancelled or NoShow) per employee and event.
        b.HasIndex(x => new { x.TrainingEventId, x.EmployeeId }, OneOpenEnrolmentIndex).HasDatabaseName(OneOpenEnrolmentIndex).IsUnique()
            .HasFilter("status NOT IN ('Cancelled', 'NoShow')");
    }

    /// <summary>The unique index that holds one open enrolment per employee and event; a race that hits it is ALREADY_ENROLLED.</summary>
    public const string OneOpenEnrolmentIndex = "ux_enrolments_one_open_per_employee_and_event";
}

internal sealed class KnowledgeSharingActionConfiguration : IEntityTypeConfiguration<KnowledgeSharingAction>
{
    public void Configure(EntityTypeBuilder<KnowledgeSharingAction> b)
    {
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.Enrolment).WithMany(x => x.KnowledgeSharingActions).HasForeignKey(x => x.EnrolmentId);
        b.HasOne(x => x.JobRotation).WithMany().HasForeignKey(x => x.JobRotationId);
        b.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId);
        b.HasOne(x => x.OrganisationUnit).WithMany().HasForeignKey(x => x.OrganisationUnitId);
        b.HasOne(x => x.DoneBy).WithMany().HasForeignKey(x => x.DoneById);
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => x.EnrolmentId);
        b.HasIndex(x => x.JobRotationId);
        b.HasIndex(x => x.TeamId);
        b.HasIndex(x => x.OrganisationUnitId);
        b.Property(x => x.Description).HasMaxLength(4000);

        // The source names exactly the record it came from: an enrolment, a rotation or a team — or none, for self-study.
        b.ToTable(t => t.HasCheckConstraint("ck_knowledge_sharing_actions_source", """
            (source = 'Training' AND enrolment_id IS NOT NULL AND job_rotation_id IS NULL AND team_id IS NULL)
            OR (source = 'JobRotation' AND enrolment_id IS NULL AND job_rotation_id IS NOT NULL AND team_id IS NULL)
            OR (source = 'Team' AND enrolment_id IS NULL AND job_rotation_id IS NULL AND team_id IS NOT NULL)
            OR (source = 'SelfStudy' AND enrolment_id IS NULL AND job_rotation_id IS NULL AND team_id IS NULL)
            """));
    }
}
