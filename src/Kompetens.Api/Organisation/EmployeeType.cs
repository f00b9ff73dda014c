using GraphQL;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Involvement;
using Kompetens.Api.Security;
using Kompetens.Api.Plans;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Organisation;

public sealed class EmployeeType : EntityObjectType<Employee>
{
    public EmployeeType()
        : base("Employee", "A person employed by the city. Master data comes from payroll; competence, plans and trainings are kept here.")
    {
        this.AuthorizeWithPolicy(Policies.People);
        Field(x => x.EmployeeNumber).Description("Payroll's employee number; the natural key the payroll sync uses.");
        Field(x => x.EntraObjectId, nullable: true).Description("The person's Entra ID object id (the `oid` of their token), which links a signed-in user to this record.");
        Field(x => x.GivenName).Description("The employee's given name.");
        Field(x => x.FamilyName).Description("The employee's family name.");
        Field(x => x.Email, nullable: true).Description("The employee's work e-mail address.");
        Field(x => x.PreferredLanguage).Description("The language the employee prefers to read: sv, fi or en.");
        Field(x => x.JobTitle, nullable: true).Description("The job title (befattning) of the employee's current primary employment.");
        Field(x => x.Status).Description("Whether the employee is active, on leave or has left the city; Terminated when no employment is current.");
        Field(x => x.EmploymentStartDate).Description("The first day of the employee's earliest employment.");
        Field(x => x.FindableByCompetence).Description("Whether the employee has chosen to be findable by colleagues looking for their competences.");
        Field(x => x.EmploymentEndDate, nullable: true).Description("The last day of the employee's latest employment, when every employment has ended or has a known end.");
        RequiredReference<OrganisationUnitType>("organisationUnit", x => x.OrganisationUnit, x => x.OrganisationUnitId).Description("The unit of the employee's current primary employment (of the last one, once every employment has ended).");
        Children<EmploymentType>("employments", x => x.Employments).Description("The employee's posts, current and ended, as payroll has them. A manager sees the posts in their own units.");
        Children<CompetenceAssessmentType>("assessments", x => x.Assessments).Description("Every assessment of the employee's competence: self, manager and evidence, oldest first. Append-only history.").AuthorizeWithPolicy(Policies.PersonalData);
        Children<DevelopmentPlanType>("developmentPlans", x => x.DevelopmentPlans).Description("The employee's individual competence development plans (individuella kompetensutvecklingsplaner).").AuthorizeWithPolicy(Policies.PersonalData);
        Children<EnrolmentType>("enrolments", x => x.Enrolments).Description("The employee's enrolments in training events.").AuthorizeWithPolicy(Policies.PersonalData);
        Children<TeamMembershipType>("teamMemberships", x => x.TeamMemberships).Description("The teams the employee belongs or belonged to.").AuthorizeWithPolicy(Policies.PersonalData);
        Children<JobRotationType>("jobRotations", x => x.JobRotations).Description("The employee's job rotations.").AuthorizeWithPolicy(Policies.PersonalData);
        Children<StrategyAcknowledgementType>("strategyAcknowledgements", x => x.StrategyAcknowledgements).Description("The strategy items the employee has acknowledged reading.").AuthorizeWithPolicy(Policies.PersonalData);
        Children<ImprovementProposalType>("improvementProposals", x => x.ImprovementProposals).Description("The improvement proposals the employee made (`me { improvementProposals }`: one's own).").AuthorizeWithPolicy(Policies.PersonalData);
        this.AddCompetenceProfile();
        Field<ColleagueType>("manager")
            .Description("The employee's own manager, as a colleague sees them: the manager of the unit of their primary employment, or of the nearest unit above it that has one.")
            .ResolveAsync(async context =>
            {
                var employee = (Employee)context.Source!;
                var services = context.RequestServices!;
                await using var unfiltered = await services.GetRequiredService<Data.KompetensContexts>().OpenAsync(Data.RowAccess.Unfiltered, context.CancellationToken);
                var managerId = await unfiltered.Database.SqlQuery<Guid>($"""
                    WITH RECURSIVE up AS (
                        SELECT id, parent_id, manager_id, 0 AS depth FROM organisation_units WHERE id = {employee.OrganisationUnitId}
                        UNION ALL SELECT u.id, u.parent_id, u.manager_id, up.depth + 1 FROM organisation_units u JOIN up ON u.id = up.parent_id)
                    SELECT manager_id AS "Value" FROM up WHERE manager_id IS NOT NULL AND manager_id <> {employee.Id} ORDER BY depth LIMIT 1
                    """).ToListAsync(context.CancellationToken);
                if (managerId.Count == 0)
                {
                    return null;
                }

                // The manager is read through the colleague row rule: the employee, their managers and HR see them.
                await using var session = await services.GetRequiredService<Kompetens.GraphQL.Data.Querying.IQuerySessionFactory>().OpenAsync(context.CancellationToken);
                return await session.Query<Colleague>().Where(c => c.Id == managerId[0]).SingleOrDefaultAsync(context.CancellationToken);
            })
            .FieldType.SetRequires([(System.Linq.Expressions.Expression<Func<Employee, Guid>>)(x => x.OrganisationUnitId), Key]);
    }
}
