using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;

namespace Kompetens.Api.Organisation;

/// <summary>
/// The one way to add a report about a unit and the units below it (gaps, strategy coverage, the annual plan):
/// an <c>organisationUnitId</c> argument, open by policy to HR and employees (and BI where the report is only
/// counts), and then to the managers of that unit only. A refusal of either kind carries the same code,
/// <c>AUTH_NOT_AUTHORIZED</c>: by policy before anything runs (HTTP 403), for another manager's unit as a field
/// error. The report runs past the row filters because it shows no person.
/// </summary>
public static class UnitReports
{
    public static FieldBuilder<object?, object> UnitReport<TGraphType>(
        this ObjectGraphType query, string name, string description, bool openToAnalytics, Func<KompetensDbContext, Guid, IResolveFieldContext, Task<object>> report)
        where TGraphType : IGraphType
        => query.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("organisationUnitId", "The unit; the units below it are included.")
            .AuthorizeWithPolicy(openToAnalytics ? Policies.UnitCounts : Policies.PersonalData)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var caller = await services.GetRequiredService<CallerAccessor>().GetAsync(context.CancellationToken);
                var unitId = GlobalIds.Key(context.GetArgument<string>("organisationUnitId"), "OrganisationUnit", "organisationUnitId");
                if (!caller.Manages(unitId) && !(openToAnalytics && caller.IsAnalytics))
                {
                    throw new ExecutionError($"Only the unit's managers{(openToAnalytics ? ", HR and BI" : " and HR")} can read `{name}` for it.") { Code = AuthorizationRule.NotAuthorized };
                }

                await using var db = await services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, context.CancellationToken);
                return await report(db, unitId, context);
            });
}
