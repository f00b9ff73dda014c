using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Organisation;

public sealed class EmploymentType : EntityObjectType<Employment>
{
    public EmploymentType()
        : base("Employment", "One post (anställning) a person holds in a unit of the city, as payroll has it. A person may hold several at once; ended posts are kept as history.")
    {
        this.AuthorizeWithPolicy(Policies.People);
        Field(x => x.JobTitle, nullable: true).Description("The job title (befattning) of the post.");
        Field(x => x.StartDate).Description("The first day of the post.");
        Field(x => x.EndDate, nullable: true).Description("The last day of the post; null while it has no known end.");
        Field(x => x.Primary).Description("Whether this is the person's primary post, the one their unit, job title and status are taken from.");
        Field(x => x.ExtentPercent).Description("The working time of the post, in percent of full time.");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The unit the post is in; its managers act for the person while the post is current.");
        RequiredReference<EmployeeType>("employee", x => x.Employee, x => x.EmployeeId).Description("The person who holds the post.");
    }
}
