using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Trainings;

/// <summary>Trainings and their events (utbildningstillfällen), enrolments, and the knowledge sharing that follows.</summary>
public sealed class TrainingsFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new TrainingConfiguration());
        model.ApplyConfiguration(new TrainingCompetenceConfiguration());
        model.ApplyConfiguration(new TrainingEventConfiguration());
        model.ApplyConfiguration(new EnrolmentConfiguration());
        model.ApplyConfiguration(new KnowledgeSharingActionConfiguration());
        rows.Catalogue<Training>();
        rows.Catalogue<TrainingCompetence>();
        rows.Catalogue<TrainingEvent>();
        rows.OwnedBy<Enrolment>(e => e.Employee);
        // What someone learned is shared at a workplace: its staff and managers see the action too (docs/security.md).
        rows.SharedBy<KnowledgeSharingAction, Employee>(a => a.EmployeeId, "the staff and managers of the workplace where it is shared",
            (a, access) => access.WorkUnits.Contains(a.OrganisationUnitId) || access.ManagedUnits.Contains(a.OrganisationUnitId));
    }

    public void Queries(ObjectGraphType query) => query.AddTrainingQueries();

    public void Mutations(ObjectGraphType mutation) => mutation.AddTrainingMutations();
}

public static class TrainingsData
{
    extension(KompetensDbContext db)
    {
        public DbSet<Training> Trainings => db.Set<Training>();

        public DbSet<TrainingCompetence> TrainingCompetences => db.Set<TrainingCompetence>();

        public DbSet<TrainingEvent> TrainingEvents => db.Set<TrainingEvent>();

        public DbSet<Enrolment> Enrolments => db.Set<Enrolment>();

        public DbSet<KnowledgeSharingAction> KnowledgeSharingActions => db.Set<KnowledgeSharingAction>();
    }
}
