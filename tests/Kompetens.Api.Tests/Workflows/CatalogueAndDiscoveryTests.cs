using Kompetens.Api.Security;
using System.Text.Json.Nodes;
using Kompetens.Api.Analytics;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

public sealed class CatalogueAndDiscoveryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<string> ScaleAsync() =>
        (await api.GraphQL().QueryAsync("{ proficiencyScales(where: { code: { eq: \"STANDARD\" } }) { nodes { id } } }"))["proficiencyScales"]!["nodes"]![0]!["id"]!.GetValue<string>();

    [Fact]
    public async Task Hr_keeps_the_catalogue_and_merging_moves_history()
    {
        var hr = api.GraphQL();
        var scale = await ScaleAsync();
        var created = await hr.MutateAsync("createCompetence", "CreateCompetenceInput", "competence { id code status name { sv fi en } }",
            new { code = "K-TEST-01", name = new { sv = "Testkunskap", fi = "Testiosaaminen", en = "Test knowledge" }, dimension = "KNOWLEDGE", scaleId = scale });
        var duplicateCode = await hr.MutateAsync("createCompetence", "CreateCompetenceInput", "competence { id }",
            new { code = "K-TEST-01", name = new { sv = "Igen" }, dimension = "KNOWLEDGE", scaleId = scale });
        var newId = created["competence"]!["id"]!.GetValue<string>();
        var renamed = await hr.MutateAsync("updateCompetence", "UpdateCompetenceInput", "competence { name { sv } }", new { competenceId = newId, name = new { sv = "Testkunskap 2" } });

        var used = await api.GraphQL().QueryAsync("{ competences(where: { status: { eq: ACTIVE } }, order: [{ code: ASC }], first: 1) { nodes { id } } }");
        var source = used["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var before = await CountAssessmentsAsync(source);
        var merged = await hr.MutateAsync("mergeCompetences", "MergeCompetencesInput", "competence { id }", new { sourceId = source, targetId = newId });
        var retiredAgain = await hr.MutateAsync("retireCompetence", "RetireCompetenceInput", "competence { id }", new { competenceId = source });

        Assert.Equal("ACTIVE", created["competence"]!["status"]!.GetValue<string>());
        Assert.Equal("Test knowledge", created["competence"]!["name"]!["en"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(duplicateCode));
        Assert.Equal("Testkunskap 2", renamed["competence"]!["name"]!["sv"]!.GetValue<string>());
        Assert.Null(merged["errors"]);
        Assert.True(before > 0);
        Assert.Equal(0, await CountAssessmentsAsync(source));
        Assert.Equal(before, await CountAssessmentsAsync(newId));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(retiredAgain));
    }

    [Fact]
    public async Task Only_hr_changes_the_catalogue()
    {
        var scale = await ScaleAsync();
        foreach (var token in new[] { TestTokens.DemoEmployee, TestTokens.DemoManager, TestTokens.Payroll, TestTokens.Analytics })
        {
            var result = await api.GraphQL(token).PostAsync("mutation($i: CreateCompetenceInput!) { createCompetence(input: $i) { competence { id } } }",
                new { i = new { code = "K-NOPE", name = new { sv = "Nej" }, dimension = "SKILL", scaleId = scale } });
            Assert.Equal("AUTH_NOT_AUTHORIZED", result.FirstErrorCode);
        }
    }

    [Fact]
    public async Task The_competence_profile_prefers_the_managers_assessment_over_newer_self_assessments()
    {
        var competence = (await api.GraphQL().QueryAsync("{ competences(where: { code: { eq: \"F-DIG-01\" } }) { nodes { id } } }"))["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var me = (await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        await api.GraphQL(TestTokens.DemoManager).MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 3, employeeId = me });
        await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 5 });

        var profile = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { competenceProfile { level assessor competence { code } } } }");

        var level = profile["me"]!["competenceProfile"]!.AsArray().Single(l => l!["competence"]!["code"]!.GetValue<string>() == "F-DIG-01")!;
        Assert.Equal(3, level["level"]!.GetValue<int>());
        Assert.Equal("MANAGER", level["assessor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Holders_are_found_only_after_they_opt_in_and_not_after_they_withdraw()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var competence = (await sara.QueryAsync("{ me { competenceProfile { level competence { id } } } }"))["me"]!["competenceProfile"]![0]!;
        const string query = "query($c: ID!, $l: Int!) { competenceHolders(competenceId: $c, minimumLevel: $l) { givenName familyName level } }";
        var variables = new { c = competence["competence"]!["id"]!.GetValue<string>(), l = competence["level"]!.GetValue<int>() };

        bool SaraIn(JsonNode data) => data["competenceHolders"]!.AsArray().Any(h => h!["givenName"]!.GetValue<string>() == "Sara" && h["familyName"]!.GetValue<string>() == "Lindholm");
        var before = await manager.QueryAsync(query, variables);
        await sara.MutateAsync("setCompetenceVisibility", "SetCompetenceVisibilityInput", "employee { findableByCompetence }", new { findableByCompetence = true });
        var optedIn = await manager.QueryAsync(query, variables);
        await sara.MutateAsync("setCompetenceVisibility", "SetCompetenceVisibilityInput", "employee { findableByCompetence }", new { findableByCompetence = false });
        var withdrawn = await manager.QueryAsync(query, variables);

        Assert.False(SaraIn(before));
        Assert.True(SaraIn(optedIn));
        Assert.False(SaraIn(withdrawn));
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await api.GraphQL(TestTokens.Analytics).PostAsync(query, variables)).FirstErrorCode);
    }

    [Fact]
    public async Task Campaign_progress_counts_people_assessed_per_unit()
    {
        var data = await api.GraphQL(TestTokens.Analytics).QueryAsync("{ mappingCampaigns(where: { status: { eq: OPEN } }) { nodes { progress { organisationUnit { code } employees assessed share suppressed } } } }");

        var progress = data["mappingCampaigns"]!["nodes"]![0]!["progress"]!.AsArray();
        Assert.NotEmpty(progress);
        Assert.All(progress, p =>
        {
            var employees = p!["employees"]!.GetValue<int>();
            Assert.Equal(employees < SmallGroups.MinimumSize, p["suppressed"]!.GetValue<bool>());
            if (employees < SmallGroups.MinimumSize)
            {
                Assert.Null(p["assessed"]);
                Assert.Null(p["share"]);
            }
            else
            {
                Assert.InRange(p["assessed"]!.GetValue<int>(), 0, employees);
                Assert.Equal(Math.Round((decimal)p["assessed"]!.GetValue<int>() / employees, 3), p["share"]!.GetValue<decimal>());
            }
        });
        Assert.Contains(progress, p => p!["assessed"]?.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Acknowledging_twice_keeps_one_acknowledgement_and_funding_moves_only_forwards()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var item = (await sara.QueryAsync("{ strategyItems(where: { kind: { eq: QUALITY_TOOL } }) { nodes { id } } }"))["strategyItems"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var first = await sara.MutateAsync("acknowledgeStrategyItem", "AcknowledgeStrategyItemInput", "strategyAcknowledgement { id }", new { strategyItemId = item });
        var second = await sara.MutateAsync("acknowledgeStrategyItem", "AcknowledgeStrategyItemInput", "strategyAcknowledgement { id }", new { strategyItemId = item });

        var hr = api.GraphQL();
        var investigating = (await hr.QueryAsync("{ fundingSources(where: { status: { eq: INVESTIGATING } }) { nodes { id } } }"))["fundingSources"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var skipped = await hr.MutateAsync("changeFundingSourceStatus", "ChangeFundingSourceStatusInput", "fundingSource { status }", new { fundingSourceId = investigating, status = "GRANTED" });
        var applied = await hr.MutateAsync("changeFundingSourceStatus", "ChangeFundingSourceStatusInput", "fundingSource { status appliedAmount }", new { fundingSourceId = investigating, status = "APPLIED", appliedAmount = 120000m });

        Assert.Equal(first["strategyAcknowledgement"]!["id"]!.GetValue<string>(), second["strategyAcknowledgement"]!["id"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(skipped));
        Assert.Equal("APPLIED", applied["fundingSource"]!["status"]!.GetValue<string>());
        Assert.Equal(120000m, applied["fundingSource"]!["appliedAmount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_rotation_needs_both_managers_and_the_employee_cannot_approve_it()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var target = (await sara.QueryAsync("{ organisationUnits(where: { kind: { eq: WORKPLACE }, parent: { parent: { code: { eq: \"TEK\" } } } }, first: 1) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var rotation = (await sara.MutateAsync("proposeJobRotation", "ProposeJobRotationInput", "jobRotation { id }",
            new { toUnitId = target, startsOn = "2027-02-01", endsOn = "2027-02-28", learningGoals = "Lära känna tekniken" }))["jobRotation"]!["id"]!.GetValue<string>();

        var selfApproved = await sara.MutateAsync("approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId = rotation });
        var fromApproved = await api.GraphQL(TestTokens.DemoManager).MutateAsync("approveJobRotation", "ApproveJobRotationInput", "jobRotation { status fromUnitApprovedAt toUnitApprovedAt }", new { rotationId = rotation });
        var completedEarly = await api.GraphQL(TestTokens.DemoManager).MutateAsync("completeJobRotation", "CompleteJobRotationInput", "jobRotation { status }", new { rotationId = rotation, evaluation = "x" });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(selfApproved));
        Assert.Equal("PROPOSED", fromApproved["jobRotation"]!["status"]!.GetValue<string>());
        Assert.NotNull(fromApproved["jobRotation"]!["fromUnitApprovedAt"]);
        Assert.Null(fromApproved["jobRotation"]!["toUnitApprovedAt"]);
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(completedEarly));
    }

    [Fact]
    public async Task Hr_adds_scales_with_distinct_levels()
    {
        var hr = api.GraphQL();
        var created = await hr.MutateAsync("createProficiencyScale", "CreateProficiencyScaleInput", "proficiencyScale { code levels { level name { sv } } }",
            new { code = "TEST-SCALE", name = new { sv = "Testskala" }, levels = new[] { new { level = 0, name = new { sv = "Inte aktuellt" } }, new { level = 1, name = new { sv = "Grund" } } } });
        var twice = await hr.MutateAsync("createProficiencyScale", "CreateProficiencyScaleInput", "proficiencyScale { code }",
            new { code = "TEST-SCALE-2", name = new { sv = "Dubbel" }, levels = new[] { new { level = 1, name = new { sv = "A" } }, new { level = 1, name = new { sv = "B" } } } });

        Assert.Equal(2, created["proficiencyScale"]!["levels"]!.AsArray().Count);
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(twice));
    }

    [Fact]
    public async Task Teams_are_formed_by_hr_or_by_managers_of_every_unit_they_span()
    {
        var units = await api.GraphQL().QueryAsync("{ own: organisationUnits(where: { code: { eq: \"BILD-GRU\" } }) { nodes { id } } other: organisationUnits(where: { code: { startsWith: \"TEK-\" } }, first: 1) { nodes { id } } }");
        var own = units["own"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var other = units["other"]!["nodes"]![0]!["id"]!.GetValue<string>();
        object Team(params string[] unitIds) => new { name = new { sv = "Läsfrämjande" }, task = "Gemensamt läsprojekt", kind = "CROSS_UNIT_TEAM", startsOn = "2026-10-01", unitIds };

        var byManager = await api.GraphQL(TestTokens.DemoManager).MutateAsync("formTeam", "FormTeamInput", "team { administrationsSpanned }", Team(own));
        var beyondManager = await api.GraphQL(TestTokens.DemoManager).MutateAsync("formTeam", "FormTeamInput", "team { id }", Team(own, other));
        var byHr = await api.GraphQL().MutateAsync("formTeam", "FormTeamInput", "team { administrationsSpanned }", Team(own, other));

        Assert.Equal(1, byManager["team"]!["administrationsSpanned"]!.GetValue<int>());
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(beyondManager));
        Assert.Equal(2, byHr["team"]!["administrationsSpanned"]!.GetValue<int>());
    }

    private async Task<int> CountAssessmentsAsync(string competenceId) =>
        (await api.GraphQL().QueryAsync("query($c: ID!) { competenceAssessments(where: { competence: { id: { eq: $c } } }) { totalCount } }", new { c = competenceId }))["competenceAssessments"]!["totalCount"]!.GetValue<int>();
}
