using Kompetens.Api.Data;
using GraphQL.Types;
using Kompetens.Api.Hosting;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Kompetens.Api.Tests.Schema;

public sealed class SchemaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Published_schema_file_matches_the_running_schema()
    {
        var file = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema", "schema.graphql");
        var published = File.ReadAllText(file).ReplaceLineEndings("\n");

        Assert.True(published == Commands.PrintSchema(api.Services),
            "schema/schema.graphql differs from the running schema. If the change is intended, run: " +
            "dotnet run --project src/Kompetens.Api -- schema export --output schema/schema.graphql");
    }

    [Fact]
    public void Schema_matches_snapshot() => Commands.PrintSchema(api.Services).MatchSnapshot();

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not (IntGraphType or StringGraphType or BooleanGraphType or FloatGraphType or IdGraphType)))
        {
            Check(type.Description, type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(field.Description, $"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check(argument.Description, $"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check(value.Description, $"{type.Name}.{value.Name}");
                }
            }
        }

        Assert.Empty(missing);

        void Check(string? description, string name)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(name);
            }
        }
    }

    [Theory]
    [InlineData("organisationUnits", "OrganisationUnitsConnection")]
    [InlineData("employees", "EmployeesConnection")]
    [InlineData("competences", "CompetencesConnection")]
    [InlineData("proficiencyScales", "ProficiencyScalesConnection")]
    [InlineData("mappingCampaigns", "MappingCampaignsConnection")]
    [InlineData("competenceAssessments", "CompetenceAssessmentsConnection")]
    [InlineData("competenceRequirements", "CompetenceRequirementsConnection")]
    [InlineData("developmentPlans", "DevelopmentPlansConnection")]
    [InlineData("trainings", "TrainingsConnection")]
    [InlineData("trainingEvents", "TrainingEventsConnection")]
    [InlineData("enrolments", "EnrolmentsConnection")]
    [InlineData("teams", "TeamsConnection")]
    [InlineData("jobRotations", "JobRotationsConnection")]
    [InlineData("strategyItems", "StrategyItemsConnection")]
    [InlineData("fundingSources", "FundingSourcesConnection")]
    [InlineData("syncRuns", "SyncRunsConnection")]
    public void Every_entity_has_a_root_connection_named_after_its_field(string field, string connection)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var type = schema.Query.GetField(field)!.ResolvedType!;

        Assert.Equal(connection, type.Name);
        Assert.Equal(["first", "after", "last", "before", "where", "order"], schema.Query.GetField(field)!.Arguments!.Select(a => a.Name).Where(a => a != "search"));
        var fields = ((IObjectGraphType)type).Fields.Select(f => f.Name);
        Assert.Equal(["pageInfo", "edges", "nodes", "totalCount"], fields);
    }
}
