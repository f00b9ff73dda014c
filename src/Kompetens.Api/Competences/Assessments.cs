using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>The rule every new assessment meets, whoever records it: an active competence, a level on its scale.</summary>
public static class Assessments
{
    public static async Task<Competence> CheckAsync(KompetensDbContext db, Guid competenceId, int level, CancellationToken cancellationToken)
    {
        var competence = await db.Competences.SingleOrDefaultAsync(c => c.Id == competenceId, cancellationToken)
            ?? throw new NotFoundError("competence", competenceId.ToString());
        if (competence.Status != CompetenceStatus.Active)
        {
            throw new InvalidInputError("competenceId", "A retired competence cannot be assessed or required.");
        }

        if (!await db.ProficiencyLevels.AnyAsync(l => l.ScaleId == competence.ScaleId && l.Level == level, cancellationToken))
        {
            throw new InvalidInputError("level", $"Level {level} is not on the competence's scale.");
        }

        return competence;
    }
}
