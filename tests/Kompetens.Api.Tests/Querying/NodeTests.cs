using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.Tests.Querying;

public sealed class NodeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Node_fetches_any_object_by_its_global_id()
    {
        var client = api.GraphQL();
        var unit = (await client.QueryAsync("{ organisationUnits(first: 1) { nodes { id code } } }"))["organisationUnits"]!["nodes"]![0]!;
        var id = unit["id"]!.GetValue<string>();

        var node = (await client.QueryAsync("query($id: ID!) { node(id: $id) { __typename id ... on OrganisationUnit { code } } }", new { id }))["node"]!;

        Assert.Equal("OrganisationUnit", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal(unit["code"]!.GetValue<string>(), node["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Global_ids_are_url_safe_and_name_the_type()
    {
        var id = (await api.GraphQL().QueryAsync("{ competences(first: 1) { nodes { id } } }"))["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();

        Assert.DoesNotContain('+', id);
        Assert.DoesNotContain('/', id);
        Assert.DoesNotContain('=', id);
        Assert.True(GlobalId.TryParse(id, out var typeName, out _));
        Assert.Equal("Competence", typeName);
    }

    [Fact]
    public async Task Nodes_fetches_several_types_in_one_request_in_the_order_asked()
    {
        var client = api.GraphQL();
        var data = await client.QueryAsync("{ employees(first: 2) { nodes { id } } trainings(first: 1) { nodes { id } } }");
        string[] ids = [
            data["employees"]!["nodes"]![1]!["id"]!.GetValue<string>(),
            data["trainings"]!["nodes"]![0]!["id"]!.GetValue<string>(),
            data["employees"]!["nodes"]![0]!["id"]!.GetValue<string>()];

        var nodes = (await client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids }))["nodes"]!.AsArray();

        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(["Employee", "Training", "Employee"], nodes.Select(n => n!["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_ids_of_a_known_type_resolve_to_null()
    {
        var id = GlobalId.Format("Employee", Guid.CreateVersion7());

        var result = await api.GraphQL().PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Null(result.Errors);
        Assert.Null(result.Data!["node"]);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("Tm9TdWNoVHlwZTp4eHh4eHh4eHh4eHh4eHh4")]
    public async Task Ids_this_server_did_not_issue_are_errors(string id)
    {
        var result = await api.GraphQL().PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("ID_INVALID", result.FirstErrorCode);
    }

    [Fact]
    public async Task Nodes_refuses_more_than_fifty_ids_with_hotchocolates_code()
    {
        var ids = Enumerable.Range(0, 51).Select(_ => GlobalId.Format("Employee", Guid.CreateVersion7())).ToArray();

        var result = await api.GraphQL().PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("HC0076", result.FirstErrorCode);
        Assert.Contains("At most 50 ids", result.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_fetches_fifty_ids_at_once()
    {
        var data = await api.GraphQL().QueryAsync("{ employees(first: 50) { nodes { id } } }");
        var ids = data["employees"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();

        var nodes = (await api.GraphQL().QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }))["nodes"]!.AsArray();

        Assert.Equal(50, ids.Length);
        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ids_in_hotchocolate_13s_legacy_format_are_accepted_by_node_and_filters()
    {
        var unit = (await api.GraphQL().QueryAsync("{ organisationUnits(first: 1) { nodes { id code } } }"))["organisationUnits"]!["nodes"]![0]!;
        Assert.True(GlobalId.TryParse(unit["id"]!.GetValue<string>(), out _, out var key));
        // HotChocolate 13 wrote base64("OrganisationUnit\ng" + the UUID as 32 hex digits).
        var legacy = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"OrganisationUnit\ng{key:N}"));

        var node = (await api.GraphQL().QueryAsync("query($id: ID!) { node(id: $id) { id ... on OrganisationUnit { code } } }", new { id = legacy }))["node"]!;
        var filtered = (await api.GraphQL().QueryAsync("query($id: ID) { organisationUnits(where: { id: { eq: $id } }) { nodes { code } } }", new { id = legacy }))["organisationUnits"]!["nodes"]!.AsArray();

        Assert.Equal(unit["code"]!.GetValue<string>(), node["code"]!.GetValue<string>());
        Assert.Equal(unit["id"]!.GetValue<string>(), node["id"]!.GetValue<string>());
        Assert.Equal(unit["code"]!.GetValue<string>(), Assert.Single(filtered)!["code"]!.GetValue<string>());
    }
}
