using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Organisation;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasLocalizedText(x => x.Name);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId);
        b.HasOne(x => x.Manager).WithMany().HasForeignKey(x => x.ManagerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ParentId);
        b.HasIndex(x => x.ManagerId);
        b.Property(x => x.ManagerEmployeeNumber).HasMaxLength(40);
        b.Property(x => x.SyncHash).HasMaxLength(64);
    }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.HasIndex(x => x.EmployeeNumber).IsUnique();
        b.Property(x => x.EmployeeNumber).HasMaxLength(40);
        b.HasIndex(x => x.EntraObjectId).IsUnique();
        b.Property(x => x.PreferredLanguage).HasMaxLength(2);
        b.HasOne(x => x.OrganisationUnit).WithMany(x => x.Employees).HasForeignKey(x => x.OrganisationUnitId);
        b.HasIndex(x => new { x.OrganisationUnitId, x.Status });
        b.HasIndex(x => new { x.UpdatedAt, x.Id });
        b.HasPeriodCheck("employment_start_date", "employment_end_date");
        b.Property(x => x.SyncHash).HasMaxLength(64);
        b.ToTable(t => t.HasCheckConstraint("ck_employees_preferred_language", "preferred_language IN ('sv', 'fi', 'en')"));
    }
}

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> b)
    {
        b.HasOne(x => x.Employee).WithMany(x => x.Employments).HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.OrganisationUnit).WithMany(x => x.Employments).HasForeignKey(x => x.OrganisationUnitId);
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => new { x.OrganisationUnitId, x.EndDate });
        b.HasPeriodCheck("start_date", "end_date");
        b.ToTable(t => t.HasCheckConstraint("ck_employments_extent_percent", "extent_percent BETWEEN 1 AND 100"));
    }
}

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> b)
    {
        b.HasIndex(x => x.StartedAt);
        b.HasIndex(x => new { x.Source, x.BatchId }).IsUnique();
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.BatchId).HasMaxLength(200);
        b.Property(x => x.Rejections).HasColumnType("jsonb");
        b.HasPeriodCheck("started_at", "finished_at");
    }
}
