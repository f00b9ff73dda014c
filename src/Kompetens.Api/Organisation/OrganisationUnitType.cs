using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Organisation;

public sealed class OrganisationUnitType : EntityObjectType<OrganisationUnit>
{
    public OrganisationUnitType()
        : base("OrganisationUnit", "A unit of the city's organisation as payroll knows it: the city, an administration (förvaltning), a department (avdelning) or a workplace. Synced from payroll; read-only for people.")
    {
        Field(x => x.Code).Description("Payroll's code for the unit; the natural key the payroll sync uses.");
        Field(x => x.Name).Description("The unit's name as payroll has it.");
        Field(x => x.Kind).Description("The unit's level in the organisation.");
        this.Reference<OrganisationUnit, OrganisationUnitType>("parent", x => x.ParentId).Description("The unit this unit belongs to; null for the city itself.");
        this.Reference<OrganisationUnit, EmployeeType>("manager", x => x.ManagerId).Description("The employee who manages the unit; they manage the units below it too.");
        this.Children<OrganisationUnit, OrganisationUnitType, OrganisationUnit>("children", x => x.Children).Description("The units directly below this unit.");
        this.Children<OrganisationUnit, EmployeeType, Employee>("employees", x => x.Employees).Description("The employees placed directly in this unit (not in units below it).");
    }
}
