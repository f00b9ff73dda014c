using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Analytics;
using Kompetens.Api.Audit;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.GraphQL;

/// <summary>The root query: each feature folder adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything a client of the city's competence API can read.";
        this.AddNodeFields();
        GetField("node")!.AuthorizeWithPolicy(Policies.AnyCaller);
        GetField("nodes")!.AuthorizeWithPolicy(Policies.AnyCaller);
        this.AddOrganisationQueries();
        this.AddCompetenceQueries();
        this.AddCompetenceGapQueries();
        this.AddCompetenceHolderQueries();
        this.AddAnnualPersonnelPlanQueries();
        this.AddPlanQueries();
        this.AddTrainingQueries();
        this.AddCollaborationQueries();
        this.AddStrategyQueries();
        this.AddStrategyCoverageQueries();
        this.AddAuditQueries();
    }
}
