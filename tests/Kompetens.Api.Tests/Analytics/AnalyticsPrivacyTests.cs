using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Analytics;

/// <summary>Privacy by construction: what the analytics role can reach in the schema names no person.</summary>
public sealed class AnalyticsPrivacyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task No_person_level_type_is_reachable_with_the_analytics_role()
    {
        var reached = await ReachableAsync(new Caller { IsAnalytics = true });
        var personal = await PersonLevelClrTypesAsync();
        var reachedByHr = await ReachableAsync(new Caller { IsAdmin = true });

        var leaks = reached.Where(t => SourceOf(t.Type) is { } source && personal.Contains(source)).Select(t => $"{t.Type.Name} via {t.Path}").ToList();

        Assert.Contains(personal, t => t.Name == "Employee");
        Assert.Contains(personal, t => t.Name == "CompetenceAssessment");
        Assert.Contains(reached, t => t.Type.Name == "CompetenceDistributionRow");
        Assert.Contains(reached, t => t.Type.Name == "StaffGroupEstimate");
        Assert.Contains(reachedByHr, t => SourceOf(t.Type) is { } source && personal.Contains(source)); // the walk does find people where a role may see them
        Assert.True(reached.Count > 20, $"only {reached.Count} types reached");
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task Every_analytics_row_is_flat_and_carries_whether_it_is_suppressed()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var analytics = (IObjectGraphType)schema.AllTypes["Analytics"]!;

        Assert.Equal(5, analytics.Fields.Count);
        foreach (var field in analytics.Fields)
        {
            var row = (IObjectGraphType)((IObjectGraphType)field.ResolvedType!.GetNamedType()).GetField("items")!.ResolvedType!.GetNamedType();
            Assert.Contains(row.Fields, f => f.Name == "suppressed");
            Assert.All(row.Fields, f => Assert.True(f.ResolvedType!.GetNamedType() is ScalarGraphType or EnumerationGraphType, $"{row.Name}.{f.Name} is not a scalar"));
        }

        await Task.CompletedTask;
    }

    /// <summary>The model's entities whose rows belong to a person (their record, their posts, their personal data), from the owners the features declare.</summary>
    private async Task<HashSet<Type>> PersonLevelClrTypesAsync()
    {
        await using var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.None, CancellationToken.None);
        return [.. db.Model.GetEntityTypes()
            .Where(e => e.FindAnnotation(RowRules.OwnerAnnotation)?.Value is string owner && (owner.StartsWith("a person", StringComparison.Ordinal) || owner.StartsWith("personal data", StringComparison.Ordinal)))
            .Select(e => e.ClrType)];
    }

    /// <summary>Every object type <paramref name="caller"/> can select a field of, walking from the root over the fields whose rules let it through.</summary>
    private async Task<List<(IObjectGraphType Type, string Path)>> ReachableAsync(Caller caller)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var policies = api.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        async Task<bool> AllowedAsync(IGraphType parent, FieldType field)
        {
            var names = (parent.GetPolicies() ?? []).Concat(field.GetPolicies() ?? []).Distinct().ToList();
            if (names.Count == 0)
            {
                return parent.IsAnonymousAllowed() || field.IsAnonymousAllowed();
            }

            foreach (var name in names)
            {
                var policy = await policies.GetPolicyAsync(name);
                if (policy is null || policy.Requirements.OfType<CallerRequirement>().Any(r => !r.IsMetBy(caller)))
                {
                    return false;
                }
            }

            return true;
        }

        var reached = new Dictionary<string, (IObjectGraphType Type, string Path)>();
        var queue = new Queue<(IObjectGraphType Type, string Path)>([(schema.Query, "Query")]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var field in next.Type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                if (!await AllowedAsync(next.Type, field))
                {
                    continue;
                }

                if (!reached.ContainsKey(next.Type.Name))
                {
                    reached[next.Type.Name] = next;
                }

                var target = field.ResolvedType!.GetNamedType();
                var objects = target switch
                {
                    IObjectGraphType o => [o],
                    IInterfaceGraphType i => schema.AllTypes.OfType<IObjectGraphType>().Where(o => o.ResolvedInterfaces.Contains(i)).ToList(),
                    UnionGraphType u => [.. u.PossibleTypes],
                    _ => new List<IObjectGraphType>(),
                };
                foreach (var o in objects.Where(o => !reached.ContainsKey(o.Name) && !queue.Any(q => q.Type.Name == o.Name)))
                {
                    queue.Enqueue((o, $"{next.Path}.{field.Name}"));
                }
            }
        }

        return [.. reached.Values];
    }

    private static Type? SourceOf(IGraphType type)
    {
        for (var t = type.GetType(); t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
