using System.Net;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Security;

public sealed class RateLimitTests(RateLimitTests.Factory api) : IClassFixture<RateLimitTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimit:RequestsPerWindow"] = "3",
            ["RateLimit:Window"] = "00:05:00",
        };
    }

    [Fact]
    public async Task A_caller_over_its_budget_gets_429_with_retry_after_while_others_go_on()
    {
        var greedy = api.GraphQL(TestTokens.App(Kompetens.Api.Security.AppRoles.Admin));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await greedy.PostAsync("{ __typename }")).Status);
        }

        var refused = await greedy.PostAsync("{ __typename }");
        var other = await api.GraphQL(TestTokens.DemoEmployee).PostAsync("{ me { employeeNumber } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        Assert.True(refused.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }
}

public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.Factory api) : IClassFixture<ExecutionTimeoutTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GraphQL:ExecutionTimeout"] = "00:00:00.001" };
    }

    [Fact]
    public async Task A_request_running_past_the_timeout_is_stopped_with_a_timeout_error()
    {
        var result = await api.GraphQL().PostAsync("{ employees(first: 300) { totalCount nodes { assessments { level } } } }");

        Assert.Equal("TIMEOUT", result.FirstErrorCode);
    }
}

public sealed class IntrospectionSwitchTests(IntrospectionSwitchTests.Factory api) : IClassFixture<IntrospectionSwitchTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GraphQL:EnableIntrospection"] = "false" };
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var result = await api.GraphQL().PostAsync("{ __schema { types { name } } }");

        Assert.Equal("NO_INTROSPECTION", result.FirstErrorCode);
        Assert.Null(result.Data);
    }
}

public sealed class IntrospectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Introspection_is_answered_for_authenticated_callers_only()
    {
        var anonymous = await api.Anonymous().PostAsync("{ __schema { queryType { name } } }");
        var employee = await api.GraphQL(TestTokens.DemoEmployee).PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("Query", employee.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
