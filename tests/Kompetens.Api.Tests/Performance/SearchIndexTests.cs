using Kompetens.Api.Tests.Infrastructure;
using Npgsql;

namespace Kompetens.Api.Tests.Performance;

/// <summary>Searching people reads the trigram index (Data/SearchText.cs), not every employee.</summary>
public sealed class SearchIndexTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Search_finds_names_ignoring_case_and_accents()
    {
        var data = await api.GraphQL(TestTokens.Admin).QueryAsync("""{ employees(search: "LINDHOLM", first: 10) { totalCount nodes { employeeNumber familyName } } }""");

        Assert.Contains(data["employees"]!["nodes"]!.AsArray(), n => n!["employeeNumber"]!.GetValue<string>() == "E10042");
        var accented = await api.GraphQL(TestTokens.Admin).QueryAsync("""{ employees(search: "gronroos", first: 10) { nodes { familyName } } }""");
        Assert.Contains(accented["employees"]!["nodes"]!.AsArray(), n => n!["familyName"]!.GetValue<string>() == "Grönroos");
    }

    [Fact]
    public async Task The_search_statement_uses_the_trigram_index()
    {
        api.Sql.Clear();
        await api.GraphQL(TestTokens.Admin).QueryAsync("""{ employees(search: "lindholm", first: 20) { totalCount nodes { employeeNumber } } }""");
        var searches = api.Sql.Commands.Where(c => c.Text.Contains("search_text", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(searches);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        // The demo city is small enough for scanning the table (or its key) to be cheaper; forbid both to see whether the index fits the query.
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_indexscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        foreach (var search in searches)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + search.Text, connection);
            foreach (var (name, value) in search.Parameters)
            {
                explain.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
            }

            var plan = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }

            Assert.True(plan.Any(line => line.Contains("ix_employees_search", StringComparison.Ordinal)), search.Text + "\n" + string.Join("\n", plan));
        }
    }
}
