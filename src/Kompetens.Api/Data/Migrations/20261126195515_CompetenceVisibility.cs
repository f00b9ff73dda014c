using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kompetens.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompetenceVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "findable_by_competence",
                table: "employees",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "findable_by_competence",
                table: "employees");
        }
    }
}
