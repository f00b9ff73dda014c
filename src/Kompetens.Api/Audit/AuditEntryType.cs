using GraphQL;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Audit;

public sealed class AuditEntryType : NodeObjectType<AuditEntry>
{
    public AuditEntryType()
        : base("AuditEntry", "One change made through the API: who made it, to which record, when. Append-only; only HR can read it.", x => x.Id)
    {
        this.AuthorizeWithPolicy(Policies.Admin);
        Field(x => x.OccurredAt).Description("When the change was saved.");
        Field(x => x.Actor).Description("Who made the change: `employee:{employee number}`, `app:{client id}` or `user:{object id}`.");
        Field(x => x.Operation, nullable: true).Description("The GraphQL mutation that made the change.");
        Field(x => x.EntityType).Description("The kind of record changed, for example DevelopmentPlan.");
        Field(x => x.EntityId).Description("The changed record's UUID.");
        Field(x => x.Action).Description("Whether the record was created, changed or deleted.");
        Field(x => x.Changes, nullable: true).Description("For changes: the changed fields with their old and new values, as JSON.");
    }
}
