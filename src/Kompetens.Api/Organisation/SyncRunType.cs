using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Organisation;

public sealed class SyncRunType : EntityObjectType<SyncRun>
{
    public SyncRunType()
        : base("SyncRun", "One batch of organisation units and employees pushed by the payroll system, with counts of what happened to the records.")
    {
        this.AuthorizeWithPolicy(Policies.PayrollSync);
        Field(x => x.Source).Description("The system that pushed the batch, for example the payroll system's name.");
        Field(x => x.BatchId, nullable: true).Description("The sender's id of the batch; resending a batch id returns this run and changes nothing.");
        Field(x => x.Subject).Description("Whether the batch held organisation units or employees.");
        Field(x => x.Mode).Description("Whether the batch holds all records (full) or only changed ones (delta).");
        Field(x => x.Status).Description("How the run ended.");
        Field(x => x.StartedAt).Description("When the run started.");
        Field(x => x.FinishedAt, nullable: true).Description("When the run finished; null while it is running.");
        Field(x => x.Received).Description("How many records the batch held.");
        Field(x => x.Created).Description("How many records were new.");
        Field(x => x.Updated).Description("How many existing records changed.");
        Field(x => x.Unchanged).Description("How many records were identical to what Kompetens already had.");
        Field(x => x.Rejected).Description("How many records were refused because of errors.");
        Field(x => x.Closed).Description("How many units were closed because a full unit sync no longer had them.");
        Field(x => x.Terminated).Description("How many employees have no current employment any more after the run (they are kept, with their history).");
    }
}
