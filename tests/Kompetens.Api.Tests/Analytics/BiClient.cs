using System.Text.Json.Nodes;
using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;
using Npgsql;

namespace Kompetens.Api.Tests.Analytics;

/// <summary>Loads a measure the way a BI tool does (docs/bi.md): the committed operation, page by page with skip/take.</summary>
public static class BiClient
{
    public static string Operation(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema", "operations", "bi", name + ".graphql"));

    /// <summary>Every row of a measure, read in pages of <paramref name="take"/> until <c>hasNextPage</c> is false; checks <c>totalCount</c> against the rows read.</summary>
    public static async Task<List<JsonObject>> AllRowsAsync(GraphQLClient client, string operation, string field, Dictionary<string, object?> variables, int take = 1000)
    {
        var rows = new List<JsonObject>();
        int? total = null;
        for (var skip = 0; ; skip += take)
        {
            variables["skip"] = skip;
            variables["take"] = take;
            var segment = (await client.QueryAsync(Operation(operation), variables))["analytics"]![field]!;
            total ??= segment["totalCount"]!.GetValue<int>();
            Assert.Equal(total, segment["totalCount"]!.GetValue<int>());
            rows.AddRange(segment["items"]!.AsArray().Select(item => item!.AsObject()));
            if (!segment["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }
        }

        Assert.Equal(total, rows.Count);
        return rows;
    }

    /// <summary>Rows of a SQL query the test writes itself, as objects, to check the API's figures against.</summary>
    public static async Task<List<object?[]>> SqlAsync(ApiFactory api, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        // The independent SQL is written for clarity, not speed: give it time on a slow, busy machine.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static int? Count(JsonNode? node) => node?.GetValue<int>();

    public static string? Str(JsonNode? node) => node?.GetValue<string>();

    /// <summary>The staff on <c>@day</c>, written independently of the service: each person's current employments ranked, the first one kept.</summary>
    public const string StaffSql = """
        posts AS (
            SELECT m.employee_id, m.organisation_unit_id AS unit_id, m.job_title,
                   row_number() OVER (PARTITION BY m.employee_id ORDER BY m."primary" DESC, m.extent_percent DESC, m.start_date, m.id) AS n
            FROM employments m WHERE daterange(m.start_date, m.end_date, '[]') @> @day::date),
        staff AS (SELECT employee_id, unit_id, job_title FROM posts WHERE n = 1)
        """;

    /// <summary>
    /// Each person's current level per competence at the end of <c>@day</c>, by the rule of docs/workflows.md: assessments
    /// of the last 36 months; manager and evidence before peer before self, newest first; evidence only when newer than
    /// and at least the newest manager assessment.
    /// </summary>
    public const string LatestSql = """
        newest_manager AS (
            SELECT DISTINCT ON (m.employee_id, m.competence_id) m.employee_id, m.competence_id, m.level, m.assessed_at
            FROM competence_assessments m
            WHERE m.assessor = 'Manager' AND m.assessed_at >= current_date - interval '36 months'
            ORDER BY m.employee_id, m.competence_id, m.assessed_at DESC, m.id DESC),
        ranked AS (
            SELECT a.employee_id, a.competence_id, a.level,
                   row_number() OVER (PARTITION BY a.employee_id, a.competence_id
                       ORDER BY CASE a.assessor WHEN 'Manager' THEN 0 WHEN 'Evidence' THEN 0 WHEN 'Peer' THEN 1 ELSE 2 END, a.assessed_at DESC, a.id DESC) AS n
            FROM competence_assessments a
            LEFT JOIN newest_manager manager ON a.assessor = 'Evidence' AND manager.employee_id = a.employee_id AND manager.competence_id = a.competence_id
            WHERE a.assessed_at < ((@day::date + 1)::timestamp AT TIME ZONE 'UTC') AND a.assessed_at >= current_date - interval '36 months'
              AND (manager.level IS NULL OR (a.assessed_at > manager.assessed_at AND a.level >= manager.level))),
        latest AS (SELECT employee_id, competence_id, level FROM ranked WHERE n = 1)
        """;
}
