using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Audit;

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.Connection<object?, AuditEntryType, AuditEntry>("auditEntries")
            .Description("The audit log of every change made through the API, oldest first. HR only.")
            .AuthorizeWithPolicy(Policies.Admin);
}
