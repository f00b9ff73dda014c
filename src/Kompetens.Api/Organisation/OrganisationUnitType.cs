using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Involvement;
using Kompetens.Api.Security;

namespace Kompetens.Api.Organisation;

public sealed class OrganisationUnitType : EntityObjectType<OrganisationUnit>
{
    public OrganisationUnitType()
        : base("OrganisationUnit", "A unit of the city's organisation as payroll knows it: the city, an administration (förvaltning), a department (avdelning) or a workplace. Synced from payroll; read-only for people.")
    {
        this.AuthorizeWithPolicy(Policies.Organisation);
        Field(x => x.Code).Description("Payroll's code for the unit; the natural key the payroll sync uses.");
        Field("name", x => x.Name, typeof(NonNullGraphType<LocalizedTextType>)).Description("The unit's name as payroll has it: Swedish always, Finnish and English when payroll has them.");
        Field(x => x.ClosedOn, nullable: true).Description("The day the unit was closed because payroll no longer has it; null while it is open. A closed unit and its history stay readable.");
        Field(x => x.Kind).Description("The unit's level in the organisation.");
        Reference<OrganisationUnitType>("parent", x => x.Parent, x => x.ParentId).Description("The unit this unit belongs to; null for the city itself.");
        Reference<EmployeeType>("manager", x => x.Manager, x => x.ManagerId).Description("The employee who manages the unit; they manage the units below it too.").AuthorizeWithPolicy(Policies.People);
        Children<OrganisationUnitType>("children", x => x.Children).Description("The units directly below this unit.");
        Children<EmployeeType>("employees", x => x.Employees).Description("The employees whose primary employment is directly in this unit (not in units below it).").AuthorizeWithPolicy(Policies.People);
        Children<EmploymentType>("employments", x => x.Employments).Description("The posts in this unit, current and ended (not those of units below it).").AuthorizeWithPolicy(Policies.People);
        Children<ImprovementProposalType>("improvementProposals", x => x.ImprovementProposals).Description("The improvement proposals that concern this unit (not those of units below it), as far as the caller may see them.").AuthorizeWithPolicy(Policies.PersonalData);
        Children<QualityWorkResultType>("qualityWorkResults", x => x.QualityWorkResults).Description("The unit's results of quality work under the common quality tool (not those of units below it).").AuthorizeWithPolicy(Policies.UnitRecords);
    }
}
