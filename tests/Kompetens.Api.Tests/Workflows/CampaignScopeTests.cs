using System.Globalization;
using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// A mapping campaign covers some units and, when HR names them, some competences; it takes assessments until its last
/// day, closed or not; HR changes a planned or open one. Its name, like a funding source's, reads in sv and fi.
/// </summary>
public sealed class CampaignScopeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Campaign = "mappingCampaign { id status startsOn endsOn name { sv fi text(language: \"fi\") } description { sv } units { code } competences { code } }";

    private async Task<string> IdAsync(string list, string code) =>
        (await api.GraphQL().QueryAsync($"{{ {list}(where: {{ code: {{ eq: \"{code}\" }} }}) {{ nodes {{ id }} }} }}"))[list]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonNode> OpenAsync(params string[] competenceCodes)
    {
        var competenceIds = new List<string>();
        foreach (var code in competenceCodes)
        {
            competenceIds.Add(await IdAsync("competences", code));
        }

        return await api.GraphQL().MutateAsync("openMappingCampaign", "OpenMappingCampaignInput", Campaign, new
        {
            name = new { sv = "Digital kompetens i skolan", fi = "Digitaalinen osaaminen koulussa" },
            description = new { sv = "Lärarnas digitala kompetens." },
            startsOn = Day(-5), endsOn = Day(30),
            unitIds = new[] { await IdAsync("organisationUnits", "BILD-GRU") },
            competenceIds,
        });
    }

    private static Task<JsonNode> AssessAsync(GraphQLClient client, string campaignId, string competenceId) =>
        client.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id } errors { ... on InvalidInputError { field } ... on MappingCampaignEndedError { endsOn } }",
            new { competenceId, level = 2, campaignId });

    [Fact]
    public async Task The_demo_citys_campaigns_and_funding_sources_read_in_finnish()
    {
        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            { mappingCampaigns(order: [{ startsOn: ASC }]) { nodes { name { sv text(language: "fi") } description { text(language: "fi") } } }
              fundingSources(where: { kind: { eq: EU_ESF_PLUS } }) { nodes { name { sv fi } } } }
            """);

        var campaigns = data["mappingCampaigns"]!["nodes"]!.AsArray();
        Assert.Equal("Osaamiskartoitus 2024", campaigns[0]!["name"]!["text"]!.GetValue<string>());
        Assert.Equal("Kompetenskartläggning 2024", campaigns[0]!["name"]!["sv"]!.GetValue<string>());
        Assert.All(campaigns, c => Assert.NotEqual(c!["name"]!["sv"]!.GetValue<string>(), c["name"]!["text"]!.GetValue<string>()));
        Assert.StartsWith("Kaupungin ensimmäinen osaamiskartoitus", campaigns[0]!["description"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Osaamisloikka Strandby (ESR+)", data["fundingSources"]!["nodes"]![0]!["name"]!["fi"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hr_opens_a_campaign_over_some_competences_and_assessments_outside_them_are_refused()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var opened = await OpenAsync("F-DIG-05", "F-DIG-01");
        var campaign = opened["mappingCampaign"]!["id"]!.GetValue<string>();

        var inScope = await AssessAsync(sara, campaign, await IdAsync("competences", "F-DIG-05"));
        var outside = await AssessAsync(sara, campaign, await IdAsync("competences", "K-PED-01"));

        Assert.Null(opened["errors"]);
        Assert.Equal("Digitaalinen osaaminen koulussa", opened["mappingCampaign"]!["name"]!["text"]!.GetValue<string>());
        Assert.Equal(["F-DIG-01", "F-DIG-05"], opened["mappingCampaign"]!["competences"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order());
        Assert.Null(inScope["errors"]);
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(outside));
        Assert.Equal("competenceId", outside["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_campaign_with_no_competences_named_covers_every_competence()
    {
        var campaign = (await OpenAsync())["mappingCampaign"]!;

        var assessed = await AssessAsync(api.GraphQL(TestTokens.DemoEmployee), campaign["id"]!.GetValue<string>(), await IdAsync("competences", "K-PED-01"));

        Assert.Empty(campaign["competences"]!.AsArray());
        Assert.Null(assessed["errors"]);
    }

    [Fact]
    public async Task A_campaign_takes_no_assessments_after_its_last_day_even_when_never_closed()
    {
        var campaign = (await OpenAsync())["mappingCampaign"]!["id"]!.GetValue<string>();
        // Time passes: the campaign's last day was yesterday, and HR has not closed it.
        await TestData.ExecuteAsync(api, "UPDATE mapping_campaigns SET starts_on = current_date - 40, ends_on = current_date - 1 WHERE id = @id", ("id", TestData.Key(campaign)));
        var competence = await IdAsync("competences", "K-PED-01");

        var bySelf = await AssessAsync(api.GraphQL(TestTokens.DemoEmployee), campaign, competence);
        var sara = (await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        var byManager = await api.GraphQL(TestTokens.DemoManager).MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }",
            new { competenceId = competence, level = 3, employeeId = sara, campaignId = campaign });

        Assert.Equal("MAPPING_CAMPAIGN_ENDED", GraphQLClient.ErrorCode(bySelf));
        Assert.Equal(Day(-1), bySelf["errors"]![0]!["endsOn"]!.GetValue<string>());
        Assert.Equal("MAPPING_CAMPAIGN_ENDED", GraphQLClient.ErrorCode(byManager));
    }

    [Fact]
    public async Task Hr_changes_an_open_campaigns_units_competences_and_dates()
    {
        var hr = api.GraphQL();
        var campaign = (await OpenAsync("F-DIG-05"))["mappingCampaign"]!["id"]!.GetValue<string>();

        var changed = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", Campaign, new
        {
            campaignId = campaign, endsOn = Day(60), name = new { sv = "Digital kompetens i skola och småbarnspedagogik", fi = "Digitaalinen osaaminen koulussa ja varhaiskasvatuksessa" },
            unitIds = new[] { await IdAsync("organisationUnits", "BILD-GRU"), await IdAsync("organisationUnits", "BILD-SMA") },
            competenceIds = new[] { await IdAsync("competences", "F-DIG-05"), await IdAsync("competences", "F-DIG-01") },
        });
        var allCompetences = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", Campaign, new { campaignId = campaign, competenceIds = Array.Empty<string>() });
        var backwards = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", Campaign, new { campaignId = campaign, endsOn = Day(-30) });
        var noUnits = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", Campaign, new { campaignId = campaign, unitIds = Array.Empty<string>() });

        Assert.Null(changed["errors"]);
        var result = changed["mappingCampaign"]!;
        Assert.Equal(Day(-5), result["startsOn"]!.GetValue<string>());
        Assert.Equal(Day(60), result["endsOn"]!.GetValue<string>());
        Assert.Equal("Digitaalinen osaaminen koulussa ja varhaiskasvatuksessa", result["name"]!["text"]!.GetValue<string>());
        Assert.Equal("Lärarnas digitala kompetens.", result["description"]!["sv"]!.GetValue<string>());
        Assert.Equal(["BILD-GRU", "BILD-SMA"], result["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()).Order());
        Assert.Equal(["F-DIG-01", "F-DIG-05"], result["competences"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order());
        Assert.Empty(allCompetences["mappingCampaign"]!["competences"]!.AsArray());
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(backwards));
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(noUnits));
    }

    [Fact]
    public async Task Hr_changes_a_planned_campaign_but_not_a_closed_one()
    {
        var hr = api.GraphQL();
        var campaigns = await hr.QueryAsync("""
            { planned: mappingCampaigns(where: { status: { eq: PLANNED } }) { nodes { id competences { code } } }
              closed: mappingCampaigns(where: { status: { eq: CLOSED } }) { nodes { id } } }
            """);
        var planned = campaigns["planned"]!["nodes"]![0]!;

        var moved = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", Campaign, new { campaignId = planned["id"]!.GetValue<string>(), startsOn = "2027-03-01", endsOn = "2027-04-30" });
        var closed = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", Campaign, new { campaignId = campaigns["closed"]!["nodes"]![0]!["id"]!.GetValue<string>(), endsOn = "2027-01-31" });

        Assert.Equal(["F-SPR-01", "F-SPR-02", "F-SPR-03"], planned["competences"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order());
        Assert.Equal("PLANNED", moved["mappingCampaign"]!["status"]!.GetValue<string>());
        Assert.Equal("2027-04-30", moved["mappingCampaign"]!["endsOn"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(closed));
    }

    [Fact]
    public async Task A_retired_or_unknown_competence_cannot_be_put_in_a_campaigns_scope()
    {
        var hr = api.GraphQL();
        var campaign = (await OpenAsync())["mappingCampaign"]!["id"]!.GetValue<string>();
        var unknown = Kompetens.GraphQL.Data.Ids.GlobalId.Format("Competence", Guid.CreateVersion7());

        var changed = await hr.MutateAsync("changeMappingCampaign", "ChangeMappingCampaignInput", "mappingCampaign { id } errors { ... on InvalidInputError { field } }",
            new { campaignId = campaign, competenceIds = new[] { await IdAsync("competences", "F-DIG-01"), unknown } });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(changed));
        Assert.Equal("competenceIds", changed["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Managers_and_employees_neither_open_nor_change_campaigns()
    {
        var campaign = (await OpenAsync())["mappingCampaign"]!["id"]!.GetValue<string>();
        foreach (var token in new[] { TestTokens.DemoManager, TestTokens.DemoEmployee })
        {
            var change = await api.GraphQL(token).PostAsync("mutation($i: ChangeMappingCampaignInput!) { changeMappingCampaign(input: $i) { mappingCampaign { id } } }",
                new { i = new { campaignId = campaign, endsOn = Day(90) } });
            var open = await api.GraphQL(token).PostAsync("mutation($i: OpenMappingCampaignInput!) { openMappingCampaign(input: $i) { mappingCampaign { id } } }",
                new { i = new { name = new { sv = "Egen" }, startsOn = Day(0), endsOn = Day(10), unitIds = new[] { "x" } } });

            Assert.Equal("AUTH_NOT_AUTHORIZED", change.FirstErrorCode);
            Assert.Equal("AUTH_NOT_AUTHORIZED", open.FirstErrorCode);
        }
    }
}
