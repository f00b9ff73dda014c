using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Organisation;

/// <summary>Questions about the unit hierarchy, answered by PostgreSQL with one recursive query each: the one place that walks the tree.</summary>
public static class OrganisationTree
{
    /// <summary>The <paramref name="roots"/> and every unit below them.</summary>
    public static Task<List<Guid>> SubtreeAsync(KompetensDbContext db, Guid[] roots, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE subtree AS (
                SELECT id FROM organisation_units WHERE id = ANY({roots})
                UNION
                SELECT u.id FROM organisation_units u JOIN subtree s ON u.parent_id = s.id)
            SELECT id AS "Value" FROM subtree
            """).ToListAsync(cancellationToken);

    /// <summary>The unit and every unit above it, up to the city.</summary>
    public static Task<List<Guid>> AncestryAsync(KompetensDbContext db, Guid unitId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE ancestry AS (
                SELECT id, parent_id FROM organisation_units WHERE id = {unitId}
                UNION
                SELECT u.id, u.parent_id FROM organisation_units u JOIN ancestry a ON u.id = a.parent_id)
            SELECT id AS "Value" FROM ancestry
            """).ToListAsync(cancellationToken);
}
