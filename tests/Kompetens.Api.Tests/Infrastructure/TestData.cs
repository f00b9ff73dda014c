using Kompetens.GraphQL.Data.Ids;
using Npgsql;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>Rows the workflow and race tests arrange directly in the test database, and what they read back from it.</summary>
public static class TestData
{
    /// <summary>A scheduled event with room for <paramref name="capacity"/> and no enrolments yet; its global id.</summary>
    public static async Task<string> NewEventAsync(ApiFactory api, int capacity)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(api, """
            INSERT INTO training_events (id, training_id, starts_at, ends_at, location, language, capacity, cost, status, created_at, updated_at)
            SELECT @id, t.id, now() + interval '30 days', now() + interval '31 days', 'Stadshuset', 'sv', @capacity, 1500, 'Scheduled', now(), now()
            FROM trainings t WHERE EXISTS (SELECT 1 FROM training_competences c WHERE c.training_id = t.id) ORDER BY t.code LIMIT 1
            """, ("id", id), ("capacity", capacity));
        return GlobalId.Format("TrainingEvent", id);
    }

    private static int lastPlanYear = 2039;

    /// <summary>
    /// A plan period (a whole year far ahead) no other test has used: a person's plans never overlap, so each draft a
    /// test makes for the demo employee needs its own period.
    /// </summary>
    public static (string Start, string End) FreePlanPeriod()
    {
        var year = Interlocked.Increment(ref lastPlanYear);
        return ($"{year}-01-01", $"{year}-12-31");
    }

    /// <summary>Time passes: the event is moved to the last two days, so that it has taken place and can be completed.</summary>
    public static async Task EventTakesPlaceAsync(ApiFactory api, string eventId) =>
        await ExecuteAsync(api, "UPDATE training_events SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day' WHERE id = @id", ("id", Key(eventId)));

    /// <summary>
    /// An event of a training that develops a competence, held <paramref name="startsInDays"/> from now (negative: in
    /// the past, lasting one day), with an approved place for each of <paramref name="employeeNumbers"/>; its global id.
    /// </summary>
    public static async Task<string> NewEventWithPlacesAsync(ApiFactory api, int startsInDays, params string[] employeeNumbers)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(api, """
            INSERT INTO training_events (id, training_id, starts_at, ends_at, location, language, capacity, cost, status, created_at, updated_at)
            SELECT @id, t.id, now() + make_interval(days => @days), now() + make_interval(days => @days + 1), 'Stadshuset', 'sv', 20, 1500, 'Scheduled', now(), now()
            FROM trainings t WHERE EXISTS (SELECT 1 FROM training_competences c WHERE c.training_id = t.id) ORDER BY t.code LIMIT 1;
            INSERT INTO enrolments (id, training_event_id, employee_id, status, requested_at, decided_at, created_at, updated_at)
            SELECT gen_random_uuid(), @id, e.id, 'Approved', now() - interval '60 days', now() - interval '50 days', now(), now()
            FROM employees e WHERE e.employee_number = ANY(@numbers);
            """, ("id", id), ("days", startsInDays), ("numbers", employeeNumbers));
        return GlobalId.Format("TrainingEvent", id);
    }

    /// <summary>Active people the demo manager (E10007) manages, other than the demo employee, with Entra object ids.</summary>
    public static async Task<List<Guid>> PeopleOfDemoManagerAsync(ApiFactory api, int count) =>
        await ListAsync<Guid>(api, """
            WITH RECURSIVE managed AS (
                SELECT u.id FROM organisation_units u JOIN employees m ON m.id = u.manager_id WHERE m.employee_number = 'E10007'
                UNION SELECT u.id FROM organisation_units u JOIN managed ON u.parent_id = managed.id)
            SELECT entra_object_id FROM employees
            WHERE organisation_unit_id IN (SELECT id FROM managed) AND status = 'Active' AND entra_object_id IS NOT NULL
              AND employee_number NOT IN ('E10042', 'E10007')
            ORDER BY employee_number LIMIT @count
            """, ("count", count));

    public static async Task<List<T>> ListAsync<T>(ApiFactory api, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    public static async Task ExecuteAsync(ApiFactory api, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The key of a global id.</summary>
    public static Guid Key(string globalId) => GlobalId.TryParse(globalId, out _, out var key) ? key : throw new ArgumentException(globalId);
}
