using Npgsql;
using NpgsqlTypes;

namespace Kompetens.Bench;

/// <summary>How many rows of each kind the generator wrote.</summary>
public sealed record DatasetSizes(Dictionary<string, long> Rows);

/// <summary>
/// Everything but the organisation, written with PostgreSQL binary COPY straight into the service's tables: 600
/// competences, ~30 assessments per person, two years of development plans (3–5 goals, 4–8 activities each), 300
/// trainings with 3,000 events, 150,000 enrolments, 400 teams and requirements per unit and per job title (the
/// counts are for 40,000 employees and scale with the city). Deterministic: every table draws from its own
/// seeded random source, and ids are drawn from it too; rows refer to people and units by their payroll keys.
/// </summary>
public sealed class BulkData(NpgsqlDataSource database, City city)
{
    private static readonly DateTime Stamp = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Dimensions = ["Knowledge", "Skill", "Experience", "ValuesAndAttitudes", "ContactsAndNetworks"];

    private readonly double scale = city.Employees.Count / 40000.0;
    private Guid[] employeeIds = [];
    private Guid[] unitIds = [];
    private readonly Guid[] competenceIds = new Guid[600];
    private Guid[] eventIds = [];
    private DateTime[] eventStarts = [];
    private Guid[] teamIds = [];
    private readonly Dictionary<string, long> rows = [];

    public const int Competences = 600;
    public const int Trainings = 300;

    public int Events => Math.Max(40, (int)Math.Round(3000 * scale));

    public int TargetEnrolments => Math.Max(200, (int)Math.Round(150000 * scale));

    public int Teams => Math.Max(8, (int)Math.Round(400 * scale));

    public async Task<DatasetSizes> WriteAsync(CancellationToken cancellationToken)
    {
        await LoadOrganisationAsync(cancellationToken);
        var scaleId = await WriteScaleAsync(cancellationToken);
        await WriteCompetencesAsync(scaleId, cancellationToken);
        await WriteTrainingsAsync(cancellationToken);
        await WriteRequirementsAsync(cancellationToken);
        await WriteTeamsAsync(cancellationToken);
        await WriteAssessmentsAsync(cancellationToken);
        await WritePlansAsync(cancellationToken);
        await using (var analyze = database.CreateCommand("ANALYZE"))
        {
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return new DatasetSizes(rows);
    }

    /// <summary>The ids the sync gave the city's people and units, by their payroll keys.</summary>
    private async Task LoadOrganisationAsync(CancellationToken cancellationToken)
    {
        var byNumber = new Dictionary<string, Guid>();
        await using (var command = database.CreateCommand("SELECT employee_number, id FROM employees"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byNumber[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        var byCode = new Dictionary<string, Guid>();
        await using (var command = database.CreateCommand("SELECT code, id FROM organisation_units"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byCode[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        employeeIds = [.. city.Employees.Select(e => byNumber[e.Number])];
        unitIds = [.. city.Units.Select(u => byCode[u.Code])];
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private Random Source(int table) => new(city.Seed * 1009 + table);

    private async Task<Guid> WriteScaleAsync(CancellationToken cancellationToken)
    {
        var random = Source(1);
        var scaleId = NewId(random);
        await CopyAsync("proficiency_scales", ["id", "code", "name_sv", "name_fi", "name_en", "created_at", "updated_at"], [(object?[])[scaleId, "STANDARD", "Kompetensnivå 0–5", "Osaamistaso 0–5", "Proficiency level 0–5", Stamp, Stamp]], cancellationToken);
        string[] names = ["Behövs inte", "Grundläggande", "Fungerande", "Bra", "Mycket bra", "Expert"];
        await CopyAsync("proficiency_levels", ["id", "scale_id", "level", "name_sv", "name_en", "created_at", "updated_at"],
            Enumerable.Range(0, 6).Select(level => (object?[])[NewId(random), scaleId, level, names[level], $"Level {level}", Stamp, Stamp]), cancellationToken);
        return scaleId;
    }

    private async Task WriteCompetencesAsync(Guid scaleId, CancellationToken cancellationToken)
    {
        var random = Source(2);
        for (var i = 0; i < Competences; i++)
        {
            competenceIds[i] = NewId(random);
        }

        // The first 30 are groups; the others belong to one of them.
        await CopyAsync("competences", ["id", "code", "dimension", "parent_id", "scale_id", "status", "name_sv", "name_fi", "name_en", "description_sv", "created_at", "updated_at"],
            Enumerable.Range(0, Competences).Select(i => (object?[])[competenceIds[i], $"K{i + 1:D4}", Dimensions[i % Dimensions.Length], i < 30 ? null : competenceIds[i % 30], scaleId, "Active",
                $"Kompetens {i + 1}", $"Osaaminen {i + 1}", $"Competence {i + 1}", $"Beskrivning av kompetens {i + 1}.", Stamp, Stamp]), cancellationToken);
    }

    /// <summary>The competences an administration's people are assessed in and its requirements name, so that gaps are real.</summary>
    private static int CompetenceOf(Random random, int administration) =>
        random.Next(4) == 0 ? random.Next(Competences) : 30 + (Math.Max(0, administration) * 70 + random.Next(70)) % (Competences - 30);

    private async Task WriteTrainingsAsync(CancellationToken cancellationToken)
    {
        var random = Source(3);
        var trainingIds = Enumerable.Range(0, Trainings).Select(_ => NewId(random)).ToArray();
        string[] formats = ["Classroom", "Online", "Blended"];
        await CopyAsync("trainings", ["id", "code", "provider", "hours", "format", "title_sv", "title_en", "created_at", "updated_at"],
            Enumerable.Range(0, Trainings).Select(i => (object?[])[trainingIds[i], $"T{i + 1:D4}", i % 3 == 0 ? "Strandby stad" : "Arbis", (decimal)(2 + i % 12 * 1.5), formats[i % 3],
                $"Utbildning {i + 1}", $"Training {i + 1}", Stamp, Stamp]), cancellationToken);
        var links = new List<object?[]>();
        for (var i = 0; i < Trainings; i++)
        {
            foreach (var competence in Enumerable.Range(0, 1 + i % 3).Select(k => 30 + (i * 7 + k * 131) % (Competences - 30)).Distinct())
            {
                links.Add([NewId(random), trainingIds[i], competenceIds[competence], 2 + i % 3, Stamp, Stamp]);
            }
        }

        await CopyAsync("training_competences", ["id", "training_id", "competence_id", "level_reached", "created_at", "updated_at"], links, cancellationToken);

        // Events over two years, each at its own start time (a report orders them by start).
        eventIds = new Guid[Events];
        eventStarts = new DateTime[Events];
        var span = (new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc) - new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalMinutes;
        var events = new List<object?[]>(Events);
        for (var i = 0; i < Events; i++)
        {
            eventIds[i] = NewId(random);
            eventStarts[i] = new DateTime(2025, 1, 1, 7, 0, 0, DateTimeKind.Utc).AddMinutes(Math.Floor(span * i / Events) + i % 7);
            var status = i % 33 == 0 ? "Cancelled" : eventStarts[i] < Stamp ? "Completed" : "Scheduled";
            events.Add([eventIds[i], trainingIds[random.Next(Trainings)], eventStarts[i], eventStarts[i].AddHours(4), $"Sal {1 + i % 40}", i % 5 == 0 ? "fi" : "sv", 20 + random.Next(41), (decimal)(random.Next(0, 40) * 50), status, Stamp, Stamp]);
        }

        await CopyAsync("training_events", ["id", "training_id", "starts_at", "ends_at", "location", "language", "capacity", "cost", "status", "created_at", "updated_at"], events, cancellationToken);
    }

    private async Task WriteRequirementsAsync(CancellationToken cancellationToken)
    {
        var random = Source(4);
        var requirements = new List<object?[]>();
        foreach (var unit in city.Units.Where(u => u.Level > 0))
        {
            var count = unit.Level switch { 1 => 3, 2 => 2, _ => 1 };
            foreach (var competence in Enumerable.Range(0, count).Select(_ => CompetenceOf(random, unit.Administration)).Distinct())
            {
                var future = random.Next(10) < 3;
                requirements.Add([NewId(random), unitIds[unit.Index], null, competenceIds[competence], 2 + random.Next(3), unit.Level == 3 ? 1 + random.Next(5) : 5 + random.Next(20),
                    future ? "Future" : "Now", future ? new DateOnly(2028, 1, 1).AddDays(random.Next(700)) : null, Stamp, Stamp]);
            }
        }

        foreach (var title in City.JobTitles)
        {
            // Two different competences per title: the same requirement stands only once (ux_competence_requirements_one_current).
            var previous = -1;
            for (var k = 0; k < 2; k++)
            {
                var id = NewId(random);
                var competence = 30 + random.Next(Competences - 30);
                competence = competence == previous ? 30 + ((competence - 29) % (Competences - 30)) : competence;
                previous = competence;
                requirements.Add([id, null, title, competenceIds[competence], 3, 1 + random.Next(50), "Now", null, Stamp, Stamp]);
            }
        }

        await CopyAsync("competence_requirements", ["id", "organisation_unit_id", "job_title", "competence_id", "required_level", "headcount", "horizon", "target_date", "created_at", "updated_at"], requirements, cancellationToken);
    }

    private async Task WriteTeamsAsync(CancellationToken cancellationToken)
    {
        var random = Source(5);
        string[] kinds = ["CrossUnitTeam", "Project", "QualityGroup"];
        teamIds = Enumerable.Range(0, Teams).Select(_ => NewId(random)).ToArray();
        await CopyAsync("teams", ["id", "name_sv", "task", "kind", "starts_on", "ends_on", "created_at", "updated_at"],
            Enumerable.Range(0, Teams).Select(i => (object?[])[teamIds[i], $"Team {i + 1}", $"Uppdrag {i + 1}", kinds[i % 3], new DateOnly(2025, 1, 1).AddDays(i % 500), null, Stamp, Stamp]), cancellationToken);
        var teamUnits = new List<object?[]>();
        var memberships = new List<object?[]>();
        string[] roles = ["Ordförande", "Sekreterare", "Medlem", "Medlem", "Medlem"];
        for (var i = 0; i < Teams; i++)
        {
            foreach (var unit in Enumerable.Range(0, 2 + random.Next(2)).Select(_ => 1 + random.Next(city.Units.Count - 1)).Distinct())
            {
                teamUnits.Add([teamIds[i], unitIds[unit]]);
            }

            foreach (var member in Enumerable.Range(0, 5 + random.Next(11)).Select(_ => random.Next(city.Employees.Count)).Distinct())
            {
                memberships.Add([NewId(random), teamIds[i], employeeIds[member], roles[memberships.Count % roles.Length], new DateOnly(2025, 2, 1), null, Stamp, Stamp]);
            }
        }

        await CopyAsync("team_units", ["team_id", "units_id"], teamUnits, cancellationToken);
        await CopyAsync("team_memberships", ["id", "team_id", "employee_id", "role", "starts_on", "ends_on", "created_at", "updated_at"], memberships, cancellationToken);
    }

    /// <summary>About 30 per person: 24 competences self-assessed, 6 of them also by the manager or with evidence.</summary>
    private async Task WriteAssessmentsAsync(CancellationToken cancellationToken)
    {
        var random = Source(6);
        var managerOf = city.Units.Select(u => employeeIds[u.ManagerIndex]).ToArray();
        IEnumerable<object?[]> Rows()
        {
            var chosen = new HashSet<int>();
            foreach (var person in city.Employees)
            {
                var unit = city.Units[person.PrimaryEmployment.UnitIndex];
                chosen.Clear();
                while (chosen.Count < 24)
                {
                    chosen.Add(CompetenceOf(random, unit.Administration));
                }

                var k = 0;
                foreach (var competence in chosen)
                {
                    var at = new DateTime(2024, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(2 * 365 * 24 * 60));
                    yield return [NewId(random), employeeIds[person.Index], competenceIds[competence], 1 + random.Next(5), "Self", null, at, Stamp, Stamp];
                    if (k++ < 6)
                    {
                        var manager = random.Next(4) > 0;
                        yield return [NewId(random), employeeIds[person.Index], competenceIds[competence], 1 + random.Next(5), manager ? "Manager" : "Evidence",
                            manager ? managerOf[unit.Index] : null, at.AddDays(30 + random.Next(200)), Stamp, Stamp];
                    }
                }
            }
        }

        await CopyAsync("competence_assessments", ["id", "employee_id", "competence_id", "level", "assessor", "assessed_by_id", "assessed_at", "created_at", "updated_at"], Rows(), cancellationToken);
    }

    /// <summary>
    /// Plans for 2025 and 2026 for most people, with goals and activities; a training activity is linked to an
    /// event and has the enrolment that goes with it; more enrolments without a plan bring the total to the target.
    /// </summary>
    private async Task WritePlansAsync(CancellationToken cancellationToken)
    {
        var random = Source(7);
        var plans = new List<object?[]>();
        var goals = new List<object?[]>();
        var activities = new List<object?[]>();
        var enrolments = new List<object?[]>();
        var enrolled = new HashSet<long>();
        string[] kinds = ["Training", "Training", "Training", "OnTheJob", "SelfStudy", "Mentoring", "KnowledgeSharing"];
        string[] goalStatuses = ["NotStarted", "InProgress", "Achieved", "Dropped"];
        var managerOf = city.Units.Select(u => employeeIds[u.ManagerIndex]).ToArray();

        void Enrol(int person, int ev, Guid? activity)
        {
            if (!enrolled.Add((long)person * Events + ev))
            {
                return;
            }

            var past = eventStarts[ev] < Stamp;
            var status = past ? (random.Next(10) == 0 ? "NoShow" : "Completed") : (random.Next(8) == 0 ? "Requested" : random.Next(15) == 0 ? "Cancelled" : "Approved");
            var requested = eventStarts[ev].AddDays(-30 - random.Next(60));
            var decided = status == "Requested" ? (DateTime?)null : requested.AddDays(3);
            enrolments.Add([NewId(random), eventIds[ev], employeeIds[person], activity, status, requested,
                decided is null ? null : managerOf[city.Employees[person].PrimaryEmployment.UnitIndex], decided, status == "Completed" ? eventStarts[ev].AddHours(4) : null, Stamp, Stamp]);
        }

        foreach (var person in city.Employees)
        {
            var unit = city.Units[person.PrimaryEmployment.UnitIndex];
            foreach (var year in new[] { 2025, 2026 })
            {
                if (random.Next(100) >= (year == 2025 ? 50 : 62))
                {
                    continue;
                }

                var planId = NewId(random);
                var status = year == 2025 ? (random.Next(3) == 0 ? "FollowedUp" : "Closed") : (random.Next(3) switch { 0 => "Draft", 1 => "Submitted", _ => "Agreed" });
                var agreed = status is "Draft" or "Submitted" ? (DateTime?)null : new DateTime(year, 2, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(random.Next(60));
                plans.Add([planId, employeeIds[person.Index], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), status, agreed is null ? null : managerOf[unit.Index], agreed, Stamp, Stamp]);
                var goalIds = new List<Guid>();
                for (var g = 3 + random.Next(3); g > 0; g--)
                {
                    var goalId = NewId(random);
                    goalIds.Add(goalId);
                    var current = 1 + random.Next(3);
                    goals.Add([goalId, planId, competenceIds[CompetenceOf(random, unit.Administration)], current, current + 1 + random.Next(2), new DateOnly(year, 12, 1), goalStatuses[random.Next(4)], Stamp, Stamp]);
                }

                var yearEvents = eventStarts.Length / 2;
                for (var a = 4 + random.Next(5); a > 0; a--)
                {
                    var activityId = NewId(random);
                    var kind = kinds[random.Next(kinds.Length)];
                    int? ev = kind == "Training" ? (year - 2025) * yearEvents + random.Next(yearEvents) : null;
                    var startsOn = ev is { } e ? DateOnly.FromDateTime(eventStarts[e]) : new DateOnly(year, 1 + random.Next(12), 1);
                    var activityStatus = year == 2025 ? (random.Next(6) == 0 ? "Cancelled" : "Done") : (random.Next(3) == 0 ? "InProgress" : "Planned");
                    activities.Add([activityId, planId, goalIds[random.Next(goalIds.Count)], kind, $"{kind} {a} för {year}", ev is { } i ? eventIds[i] : null,
                        startsOn, startsOn.AddDays(1), activityStatus, kind == "Training" ? (decimal)(random.Next(1, 20) * 25) : null, Stamp, Stamp]);
                    if (ev is { } evIndex)
                    {
                        Enrol(person.Index, evIndex, activityId);
                    }
                }
            }
        }

        while (enrolments.Count < TargetEnrolments)
        {
            Enrol(random.Next(city.Employees.Count), random.Next(Events), null);
        }

        await CopyAsync("development_plans", ["id", "employee_id", "period_start", "period_end", "status", "agreed_by_id", "agreed_at", "created_at", "updated_at"], plans, cancellationToken);
        await CopyAsync("plan_goals", ["id", "plan_id", "competence_id", "current_level", "target_level", "due_date", "status", "created_at", "updated_at"], goals, cancellationToken);
        await CopyAsync("plan_activities", ["id", "plan_id", "goal_id", "kind", "description", "training_event_id", "starts_on", "ends_on", "status", "cost", "created_at", "updated_at"], activities, cancellationToken);
        await CopyAsync("enrolments", ["id", "training_event_id", "employee_id", "plan_activity_id", "status", "requested_at", "decided_by_id", "decided_at", "completed_at", "created_at", "updated_at"], enrolments, cancellationToken);
    }

    private async Task CopyAsync(string table, string[] columns, IEnumerable<object?[]> values, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var count = 0L;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Completing 1.2 million assessments (and their indexes) takes longer than the default 30 s on 2 cores.
            writer.Timeout = TimeSpan.FromMinutes(15);
            foreach (var row in values)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: await writer.WriteNullAsync(cancellationToken); break;
                        case Guid v: await writer.WriteAsync(v, NpgsqlDbType.Uuid, cancellationToken); break;
                        case string v: await writer.WriteAsync(v, NpgsqlDbType.Varchar, cancellationToken); break;
                        case int v: await writer.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken); break;
                        case decimal v: await writer.WriteAsync(v, NpgsqlDbType.Numeric, cancellationToken); break;
                        case DateOnly v: await writer.WriteAsync(v, NpgsqlDbType.Date, cancellationToken); break;
                        case DateTime v: await writer.WriteAsync(v, NpgsqlDbType.TimestampTz, cancellationToken); break;
                        case bool v: await writer.WriteAsync(v, NpgsqlDbType.Boolean, cancellationToken); break;
                        default: throw new InvalidOperationException($"{table}: no COPY mapping for {value.GetType()}");
                    }
                }

                count++;
            }

            await writer.CompleteAsync(cancellationToken);
        }

        rows[table] = count;
    }
}
