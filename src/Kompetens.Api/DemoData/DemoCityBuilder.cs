using Kompetens.Api.Data;
using Bogus;

namespace Kompetens.Api.DemoData;

/// <summary>
/// Builds the demo city in memory, one part per file (organisation, strategy, competences, mapping, trainings,
/// collaboration, plans). Relations are set through navigation properties; ids and timestamps are stamped at the
/// end, in creation order, so that the same code always yields the same rows.
/// </summary>
internal sealed partial class DemoCityBuilder
{
    private static readonly DateTimeOffset Now = DemoCity.Now;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    // Fixed seeds on our own instances: Bogus's global Randomizer.Seed would also reseed every other Faker in the process.
    private readonly Faker sv = new("sv") { Random = new Randomizer(12345) };
    private readonly Faker fi = new("fi") { Random = new Randomizer(23456) };
    private readonly DeterministicGuids ids = new(20260901);
    private readonly DeterministicGuids objectIds = new(4242);
    private readonly List<Entity> entities = [];

    private Randomizer Random => sv.Random;

    /// <summary>Every entity of the demo city, with ids and timestamps set, in the order they were created.</summary>
    public IReadOnlyList<Entity> Build()
    {
        BuildStrategy();
        BuildOrganisation();
        BuildAcknowledgements();
        BuildCompetences();
        BuildMapping();
        BuildTrainings();
        BuildCollaboration();
        BuildPlans();

        // Last, so that the ids of everything built before them stay as they were.
        BuildEmployments();

        // After the employments, so that the ids of the city as it was before stay the same.
        BuildInvolvement();

        // What HR keeps up after the fact (a retired strategy, a planned language mapping, a withdrawn requirement),
        // after everything else for the same reason.
        BuildRetiredStrategy();
        BuildLanguageMapping();
        BuildWithdrawnRequirement();

        // Peer input and a withdrawn plan, last of all for the same reason.
        BuildPeerInput();
        BuildWithdrawnPlan();

        foreach (var entity in entities)
        {
            if (entity.CreatedAt == default)
            {
                entity.CreatedAt = Now;
            }

            if (entity.CreatedAt > Now)
            {
                throw new InvalidOperationException($"Demo data dated after the demo's today: {entity.GetType().Name} {entity.CreatedAt:O}.");
            }

            if (entity.UpdatedAt == default)
            {
                entity.UpdatedAt = entity.CreatedAt;
            }

            entity.Id = ids.Version7(entity.CreatedAt);
        }

        return entities;
    }

    private T Add<T>(T entity)
        where T : Entity
    {
        entities.Add(entity);
        return entity;
    }

    private static LocalizedText Text(string sv, string fi, string en) => new() { Sv = sv, Fi = fi, En = en };

    /// <summary>A point in time on <paramref name="date"/>; the database stores UTC.</summary>
    private static DateTimeOffset At(DateOnly date, int hour = 9, int minute = 0) =>
        new(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    private DateOnly DateBetween(DateOnly from, DateOnly to) => from.AddDays(Random.Int(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    /// <summary>Some time during a working day.</summary>
    private DateTimeOffset DuringWorkday(DateOnly date) => At(date, Random.Int(6, 13), Random.Int(0, 59));

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
