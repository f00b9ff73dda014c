using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;

namespace Kompetens.Api.Organisation;

/// <summary>
/// The one way to add a report about a unit and the units below it (gaps, strategy coverage, the annual plan):
/// an <c>organisationUnitId</c> argument, open to the unit's managers and HR (and BI where the report is only
/// counts), computed on a context that counts past row filters because the report shows no person.
/// </summary>
public static class UnitReports
{
    public static FieldBuilder<object?, object> UnitReport<TGraphType>(
        this ObjectGraphType query, string name, string description, bool openToAnalytics, Func<KompetensDbContext, Guid, IResolveFieldContext, Task<object>> report)
        where TGraphType : IGraphType
        => query.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("organisationUnitId", "The unit; the units below it are included.")
            .AuthorizeWithPolicy(openToAnalytics ? Policies.AnyCaller : Policies.PersonalData)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var caller = await services.GetRequiredService<CallerAccessor>().GetAsync(context.CancellationToken);
                var unitId = GlobalIds.Key(context.GetArgument<string>("organisationUnitId"), "OrganisationUnit", "organisationUnitId");
                if (!caller.Manages(unitId) && !(openToAnalytics && caller.IsAnalytics))
                {
                    throw new ExecutionError($"Only the unit's managers{(openToAnalytics ? ", HR and BI" : " and HR")} can read `{name}`.") { Code = "NOT_ALLOWED" };
                }

                await using var db = await services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.System, context.CancellationToken);
                return await report(db, unitId, context);
            });
}
