using GraphQL;
using Kompetens.Api.Competences;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Scalars;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Kompetens.Api.Security;
using Kompetens.Api.Plans;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Strategy;

public sealed class FundingSourceType : EntityObjectType<FundingSource>
{
    public FundingSourceType()
        : base("FundingSource", "Money for competence development: an EU ESF+ project, a national grant or the city's own budget, from investigation to decision.")
    {
        this.AuthorizeWithPolicy(Policies.Catalogue);
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The funding's name in sv/fi/en.");
        Field(x => x.Kind).Description("Where the money comes from.");
        Field(x => x.Programme, nullable: true).Description("The funding programme, for example ESF+ 2021–2027.");
        Field(x => x.ProjectCode, nullable: true).Description("The funder's project or case number.");
        Field(x => x.Status).Description("Where the funding is: being investigated, applied for, granted or rejected.");
        Field(x => x.AppliedAmount, nullable: true).Description("The amount applied for, in euros.");
        Field(x => x.GrantedAmount, nullable: true).Description("The amount granted, in euros.");
        Field(x => x.ValidFrom, nullable: true).Description("From when the money can be used.");
        Field(x => x.ValidTo, nullable: true).Description("Until when the money can be used.");
        Field<NonNullGraphType<DecimalScalar>>("totalCost")
            .Description("What the city's training events and the activities of agreed development plans paid by this source cost, in euros: the cost traced to the funding.")
            .Resolve(context => context.BatchLoader<Guid, decimal>("FundingSource.totalCost", () =>
            {
                var contexts = context.RequestServices!.GetRequiredService<KompetensContexts>();
                return new(async (ids, cancellationToken) =>
                {
                    // Costs are sums, never people: read past row filters so every caller sees the same totals.
                    await using var db = await contexts.OpenAsync(RowAccess.Unfiltered, cancellationToken);
                    var events = await db.TrainingEvents.Where(e => e.FundingSourceId != null && ids.Contains(e.FundingSourceId.Value))
                        .GroupBy(e => e.FundingSourceId!.Value).Select(g => new { g.Key, Cost = g.Sum(e => e.Cost) }).ToListAsync(cancellationToken);
                    // Only plans agreed with a manager commit money; drafts are one person's wishes.
                    Plans.DevelopmentPlanStatus[] committed = [Plans.DevelopmentPlanStatus.Agreed, Plans.DevelopmentPlanStatus.FollowedUp, Plans.DevelopmentPlanStatus.Closed];
                    var activities = await db.PlanActivities
                        .Where(a => a.FundingSourceId != null && ids.Contains(a.FundingSourceId.Value) && committed.Contains(a.Plan.Status))
                        .GroupBy(a => a.FundingSourceId!.Value).Select(g => new { g.Key, Cost = g.Sum(a => a.Cost ?? 0) }).ToListAsync(cancellationToken);
                    return events.Concat(activities).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Cost));
                });
            }).Load(context.Source.Id, 0m))
            .FieldType.SetRequires([Key]);
        Children<MappingCampaignType>("mappingCampaigns", x => x.MappingCampaigns).Description("The competence mappings this source pays for.");
        Children<TrainingEventType>("trainingEvents", x => x.TrainingEvents).Description("The training events this source pays for.");
        Children<PlanActivityType>("planActivities", x => x.PlanActivities).Description("The development-plan activities this source pays for.").AuthorizeWithPolicy(Policies.PersonalData);
    }
}
