using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Organisation;

/// <summary>
/// What a colleague may see of a colleague (docs/security.md, "Colleagues"): name, unit and job title of a person who
/// still works for the city — nothing of their competences, plans, e-mail or employment. A read-only view of the
/// employees table; who is whose colleague is the row rule <see cref="RowAccess.Colleagues"/>.
/// </summary>
public sealed class Colleague
{
    public Guid Id { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string? JobTitle { get; set; }
    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;
}

/// <summary>Who works with whom, for steps a colleague may take (peer input on a competence).</summary>
public static class Coworkers
{
    /// <summary>
    /// Whether two people work together on <paramref name="today"/>: a current employment in the same unit, or current
    /// membership of the same team (its lead included). One statement, past the row filters: neither may read the
    /// other's employment, yet the relation between them is what the step depends on.
    /// </summary>
    public static Task<bool> WorkTogetherAsync(KompetensDbContext db, Guid one, Guid other, DateOnly today, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (
                SELECT 1 FROM employments a JOIN employments b ON b.organisation_unit_id = a.organisation_unit_id
                WHERE a.employee_id = {one} AND b.employee_id = {other}
                  AND a.start_date <= {today} AND (a.end_date IS NULL OR a.end_date >= {today})
                  AND b.start_date <= {today} AND (b.end_date IS NULL OR b.end_date >= {today}))
            OR EXISTS (
                SELECT 1 FROM team_memberships a JOIN team_memberships b ON b.team_id = a.team_id
                WHERE a.employee_id = {one} AND b.employee_id = {other}
                  AND a.starts_on <= {today} AND (a.ends_on IS NULL OR a.ends_on >= {today})
                  AND b.starts_on <= {today} AND (b.ends_on IS NULL OR b.ends_on >= {today})) AS "Value"
            """).SingleAsync(cancellationToken);
}

internal sealed class ColleagueConfiguration : IEntityTypeConfiguration<Colleague>
{
    public void Configure(EntityTypeBuilder<Colleague> b)
    {
        // A query, not a table: migrations leave it alone, and a person who has left is nobody's colleague.
        b.ToSqlQuery("SELECT id, given_name, family_name, job_title, organisation_unit_id FROM employees WHERE status <> 'Terminated'");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.OrganisationUnit).WithMany().HasForeignKey(x => x.OrganisationUnitId);
    }
}

public sealed class ColleagueType : NodeObjectType<Colleague>
{
    public ColleagueType()
        : base("Colleague", "A person as a colleague sees them: a member of a shared team, one's own manager, who assessed one, or a person rotating into a unit one manages. Name, unit and job title only.", x => x.Id)
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.GivenName).Description("The colleague's given name.");
        Field(x => x.FamilyName).Description("The colleague's family name.");
        Field(x => x.JobTitle, nullable: true).Description("The colleague's job title (befattning).");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The unit the colleague works in.");
    }

    /// <summary>
    /// A field that shows the person <paramref name="personId"/> names as a colleague: loaded through the row rule, so
    /// it is null unless the caller may see that person as a colleague.
    /// </summary>
    public static void AddTo<TSource>(ObjectGraphType<TSource> type, string name, string description, System.Linq.Expressions.Expression<Func<TSource, Guid?>> personId) =>
        LoadedByKey<TSource, ColleagueType>(type, name, description, personId);

    /// <summary>
    /// A to-one field to a person loaded by key through the person's own row rule, never joined into the parent's
    /// query: EF Core joins a required navigation with the target's filter, which would drop the parent row itself
    /// for a caller who may see the row (a teammate's membership, a rotation into one's unit) but not the person.
    /// </summary>
    public static void LoadedByKey<TSource, TTargetType>(ObjectGraphType<TSource> type, string name, string description, System.Linq.Expressions.Expression<Func<TSource, Guid?>> personId)
        where TTargetType : IGraphType, INodeType
    {
        var id = personId.Compile();
        type.Field<TTargetType>(name).Description(description)
            .Resolve(context => id(context.Source) is { } key && key != Guid.Empty
                ? ((INodeType)context.FieldDefinition.ResolvedType!.GetNamedType()).LoadNode(context, key)
                : null)
            .FieldType.SetRequires([personId]);
    }
}
