using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Security;

/// <summary>No field is reachable without an explicit access rule.</summary>
public sealed class DefaultDenyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Every_field_of_every_object_type_has_an_access_rule()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var unguarded = new List<string>();
        var checkedFields = 0;
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>().Where(t => t is IObjectGraphType or IInterfaceGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields)
            {
                checkedFields++;
                var hasRule = (type.GetPolicies()?.Count > 0) || (field.GetPolicies()?.Count > 0) || type.IsAnonymousAllowed() || field.IsAnonymousAllowed();
                if (!hasRule)
                {
                    unguarded.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        Assert.Empty(unguarded);
        Assert.True(checkedFields > 300, $"only {checkedFields} fields checked");
    }

    [Fact]
    public void Every_root_field_names_its_own_policy()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        Assert.All(schema.Query.Fields, field => Assert.NotEmpty(field.GetPolicies() ?? []));
    }

    [Fact]
    public async Task A_field_without_a_rule_is_refused_even_to_hr()
    {
        var services = new ServiceCollection();
        services.AddAuthorization();
        services.AddLogging();
        var schema = new global::GraphQL.Types.Schema { Query = new UnguardedQuery() };
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = "{ secret }",
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("roles", AppRoles.Admin)], "test")),
            RequestServices = services.BuildServiceProvider(),
            ValidationRules = [new AuthorizationRule()],
        });

        Assert.Equal(AuthorizationRule.NotAuthorized, Assert.Single(result.Errors!).Code);
        Assert.Null(result.Data);
    }

    private sealed class UnguardedQuery : ObjectGraphType
    {
        public UnguardedQuery()
        {
            Name = "Query";
            Field<StringGraphType>("secret").Resolve(_ => "leaked");
        }
    }
}
