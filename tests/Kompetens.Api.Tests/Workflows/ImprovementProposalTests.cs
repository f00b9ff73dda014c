using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Improvement proposals as the people who really take each step: Sara (E10042, Grundläggande utbildning) proposes,
/// her manager Mikael Grönroos (E10007) handles what concerns his units, the unit's staff see the idea without the
/// proposer, and managers and staff elsewhere see nothing.
/// </summary>
public sealed class ImprovementProposalTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Proposal = "improvementProposal { id status response decidedAt implementedAt organisationUnit { code } proposer { employeeNumber } handledBy { familyName } }";

    private GraphQLClient Sara => api.GraphQL(TestTokens.DemoEmployee);

    private GraphQLClient Mikael => api.GraphQL(TestTokens.DemoManager);

    private async Task<GraphQLClient> AsAsync(string employeeNumber) =>
        api.GraphQL(TestTokens.User((await TestData.ListAsync<Guid>(api, "SELECT entra_object_id FROM employees WHERE employee_number = @n", ("n", employeeNumber))).Single()));

    /// <summary>The manager of the unit with this code, signed in as themself.</summary>
    private async Task<GraphQLClient> ManagerOfAsync(string code) =>
        await AsAsync((await TestData.ListAsync<string>(api,
            "SELECT m.employee_number FROM organisation_units u JOIN employees m ON m.id = u.manager_id WHERE u.code = @code", ("code", code))).Single());

    private async Task<string> UnitIdAsync(string code) =>
        (await Sara.QueryAsync("query($code: String!) { organisationUnits(where: { code: { eq: $code } }) { nodes { id } } }", new { code }))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static async Task<JsonNode> SubmitAsync(GraphQLClient client, string title, string? organisationUnitId = null) =>
        await client.MutateAsync("submitImprovementProposal", "SubmitImprovementProposalInput", Proposal,
            new { title, description = "Ett förslag för att göra arbetet bättre.", organisationUnitId });

    private static string Id(JsonNode payload) => payload["improvementProposal"]!["id"]!.GetValue<string>();

    private static string Status(JsonNode payload) => payload["improvementProposal"]!["status"]!.GetValue<string>();

    [Fact]
    public async Task An_employee_submits_a_proposal_for_her_own_unit_by_default_and_finds_it_on_me()
    {
        var submitted = await SubmitAsync(Sara, "Digitala lärloggar");
        var mine = await Sara.QueryAsync("{ me { improvementProposals { id title status } } }");

        Assert.Null(submitted["errors"]);
        Assert.Equal("SUBMITTED", Status(submitted));
        Assert.Equal("BILD-GRU", submitted["improvementProposal"]!["organisationUnit"]!["code"]!.GetValue<string>());
        Assert.Equal("E10042", submitted["improvementProposal"]!["proposer"]!["employeeNumber"]!.GetValue<string>());
        Assert.Contains(mine["me"]!["improvementProposals"]!.AsArray(), p => p!["id"]!.GetValue<string>() == Id(submitted));
    }

    [Fact]
    public async Task The_units_manager_reviews_accepts_and_implements_and_the_proposer_reads_the_answer()
    {
        var id = Id(await SubmitAsync(Sara, "Läsfadder i årskurs 1"));

        var reviewed = await Mikael.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", Proposal, new { proposalId = id });
        var accepted = await Mikael.MutateAsync("acceptImprovementProposal", "AcceptImprovementProposalInput", Proposal, new { proposalId = id, response = "Vi börjar i januari." });
        var implemented = await Mikael.MutateAsync("implementImprovementProposal", "ImplementImprovementProposalInput", Proposal, new { proposalId = id });
        var seen = await Sara.QueryAsync("query($id: ID!) { node(id: $id) { ... on ImprovementProposal { status response handledBy { familyName } } } }", new { id });

        Assert.Equal("UNDER_REVIEW", Status(reviewed));
        Assert.Equal("ACCEPTED", Status(accepted));
        Assert.NotNull(accepted["improvementProposal"]!["decidedAt"]);
        Assert.Equal("IMPLEMENTED", Status(implemented));
        Assert.NotNull(implemented["improvementProposal"]!["implementedAt"]);
        Assert.Equal("Vi börjar i januari.", seen["node"]!["response"]!.GetValue<string>());
        Assert.Equal("Grönroos", seen["node"]!["handledBy"]!["familyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejection_needs_an_answer_and_a_rejected_proposal_cannot_be_implemented()
    {
        var id = Id(await SubmitAsync(Sara, "Fyra skoldagar i veckan"));

        var silent = await Mikael.MutateAsync("rejectImprovementProposal", "RejectImprovementProposalInput", Proposal, new { proposalId = id, response = " " });
        var rejected = await Mikael.MutateAsync("rejectImprovementProposal", "RejectImprovementProposalInput", Proposal, new { proposalId = id, response = "Lagen kräver fem skoldagar." });
        var implemented = await Mikael.MutateAsync("implementImprovementProposal", "ImplementImprovementProposalInput", Proposal, new { proposalId = id });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(silent));
        Assert.Equal("REJECTED", Status(rejected));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(implemented));
    }

    [Fact]
    public async Task The_proposer_withdraws_only_while_submitted_and_nobody_else_withdraws_it()
    {
        var first = Id(await SubmitAsync(Sara, "Kortare arbetsplatsmöten"));
        var second = Id(await SubmitAsync(Sara, "Gemensam kalender för skolorna"));

        var byManager = await Mikael.MutateAsync("withdrawImprovementProposal", "WithdrawImprovementProposalInput", Proposal, new { proposalId = first });
        var withdrawn = await Sara.MutateAsync("withdrawImprovementProposal", "WithdrawImprovementProposalInput", Proposal, new { proposalId = first });
        await Mikael.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", Proposal, new { proposalId = second });
        var tooLate = await Sara.MutateAsync("withdrawImprovementProposal", "WithdrawImprovementProposalInput", Proposal, new { proposalId = second });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(byManager));
        Assert.Equal("WITHDRAWN", Status(withdrawn));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(tooLate));
    }

    [Fact]
    public async Task A_manager_of_another_unit_neither_sees_nor_handles_the_proposal()
    {
        var id = Id(await SubmitAsync(Sara, "Skolskjuts med cykel"));
        var otherManager = await ManagerOfAsync("SOC-ALD-01");

        var seen = await otherManager.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        var reviewed = await otherManager.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", Proposal, new { proposalId = id });

        Assert.Null(seen["node"]);
        Assert.Equal("NOT_FOUND", GraphQLClient.ErrorCode(reviewed));
    }

    [Fact]
    public async Task Nobody_handles_their_own_proposal_the_manager_above_does()
    {
        var id = Id(await SubmitAsync(Mikael, "Rektorsmöte varannan vecka"));
        var bildManager = await ManagerOfAsync("BILD");

        var own = await Mikael.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", Proposal, new { proposalId = id });
        var above = await bildManager.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", Proposal, new { proposalId = id });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(own));
        Assert.Equal("UNDER_REVIEW", Status(above));
    }

    [Fact]
    public async Task The_units_staff_see_its_proposals_without_the_proposer_and_not_the_withdrawn_ones_and_staff_elsewhere_see_none()
    {
        var open = Id(await SubmitAsync(Sara, "Utomhuspedagogik varje fredag"));
        var withdrawn = Id(await SubmitAsync(Sara, "Ett förhastat förslag"));
        await Sara.MutateAsync("withdrawImprovementProposal", "WithdrawImprovementProposalInput", Proposal, new { proposalId = withdrawn });
        var colleague = await AsAsync("E10068");  // a class teacher at Strandby skola, a workplace below Grundläggande utbildning
        var elsewhere = await AsAsync("E10189");  // a practical nurse at Servicehuset Solgården

        const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on ImprovementProposal { id title proposer { employeeNumber } } } }";
        var seen = await colleague.QueryAsync(Query, new { ids = new[] { open, withdrawn } });
        var unitList = await colleague.QueryAsync("query($id: ID!) { node(id: $id) { ... on OrganisationUnit { improvementProposals { id } } } }", new { id = await UnitIdAsync("BILD-GRU") });
        var notSeen = await elsewhere.QueryAsync(Query, new { ids = new[] { open, withdrawn } });
        var handled = await colleague.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", Proposal, new { proposalId = open });

        Assert.Equal(open, seen["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Null(seen["nodes"]![0]!["proposer"]);
        Assert.Null(seen["nodes"]![1]);
        Assert.Contains(unitList["node"]!["improvementProposals"]!.AsArray(), p => p!["id"]!.GetValue<string>() == open);
        Assert.All(notSeen["nodes"]!.AsArray(), Assert.Null);
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(handled));
    }

    [Fact]
    public async Task HR_lists_and_filters_every_proposal_and_a_proposal_for_a_closed_or_unknown_unit_is_refused()
    {
        var all = await api.GraphQL(TestTokens.Admin).QueryAsync(
            "{ improvementProposals(where: { status: { in: [SUBMITTED, UNDER_REVIEW, ACCEPTED, REJECTED, IMPLEMENTED, WITHDRAWN] } }, order: [{ submittedAt: ASC }]) { totalCount nodes { status } } }");
        var searched = await api.GraphQL(TestTokens.Admin).QueryAsync("{ improvementProposals(search: \"checklista\") { nodes { title } } }");
        var unknownUnit = await SubmitAsync(Sara, "Fel enhet", "T3JnYW5pc2F0aW9uVW5pdDoAAAAAAAAAAAAAAAAAAAAA");

        Assert.True(all["improvementProposals"]!["totalCount"]!.GetValue<int>() >= 6);
        Assert.Equal(6, all["improvementProposals"]!["nodes"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal("Överrapportering med checklista", searched["improvementProposals"]!["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(unknownUnit));
    }
}
