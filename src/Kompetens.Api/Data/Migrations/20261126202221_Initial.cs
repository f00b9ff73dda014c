using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kompetens.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changes = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funding_sources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    programme = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    project_code = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    applied_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    granted_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_sources", x => x.id);
                    table.CheckConstraint("ck_funding_sources_amounts", "(applied_amount IS NULL OR applied_amount >= 0) AND (granted_amount IS NULL OR granted_amount >= 0)");
                    table.CheckConstraint("ck_funding_sources_period", "valid_to IS NULL OR valid_to >= valid_from");
                });

            migrationBuilder.CreateTable(
                name: "proficiency_scales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proficiency_scales", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "strategy_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_reference = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    title_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    title_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    title_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_strategy_items", x => x.id);
                    table.CheckConstraint("ck_strategy_items_period", "valid_to IS NULL OR valid_to >= valid_from");
                    table.ForeignKey(
                        name: "fk_strategy_items_strategy_items_parent_id",
                        column: x => x.parent_id,
                        principalTable: "strategy_items",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "sync_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    batch_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received = table.Column<int>(type: "integer", nullable: false),
                    created = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    closed = table.Column<int>(type: "integer", nullable: false),
                    terminated = table.Column<int>(type: "integer", nullable: false),
                    rejections = table.Column<string>(type: "jsonb", maxLength: 400, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_runs", x => x.id);
                    table.CheckConstraint("ck_sync_runs_period", "finished_at IS NULL OR finished_at >= started_at");
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.CheckConstraint("ck_teams_period", "ends_on IS NULL OR ends_on >= starts_on");
                });

            migrationBuilder.CreateTable(
                name: "trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    provider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    title_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    title_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    title_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                    table.CheckConstraint("ck_trainings_hours", "hours >= 0");
                });

            migrationBuilder.CreateTable(
                name: "mapping_campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    funding_source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mapping_campaigns", x => x.id);
                    table.CheckConstraint("ck_mapping_campaigns_period", "ends_on IS NULL OR ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_mapping_campaigns_funding_sources_funding_source_id",
                        column: x => x.funding_source_id,
                        principalTable: "funding_sources",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "competences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scale_id = table.Column<Guid>(type: "uuid", nullable: false),
                    esco_uri = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competences", x => x.id);
                    table.ForeignKey(
                        name: "fk_competences_competences_parent_id",
                        column: x => x.parent_id,
                        principalTable: "competences",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_competences_proficiency_scales_scale_id",
                        column: x => x.scale_id,
                        principalTable: "proficiency_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proficiency_levels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scale_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proficiency_levels", x => x.id);
                    table.CheckConstraint("ck_proficiency_levels_level", "level BETWEEN 0 AND 10");
                    table.ForeignKey(
                        name: "fk_proficiency_levels_proficiency_scales_scale_id",
                        column: x => x.scale_id,
                        principalTable: "proficiency_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    location = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    funding_source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_events", x => x.id);
                    table.CheckConstraint("ck_training_events_capacity", "capacity > 0");
                    table.CheckConstraint("ck_training_events_cost", "cost >= 0");
                    table.CheckConstraint("ck_training_events_language", "language IN ('sv', 'fi', 'en')");
                    table.CheckConstraint("ck_training_events_period", "ends_at IS NULL OR ends_at >= starts_at");
                    table.ForeignKey(
                        name: "fk_training_events_funding_sources_funding_source_id",
                        column: x => x.funding_source_id,
                        principalTable: "funding_sources",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_training_events_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mapping_campaign_competences",
                columns: table => new
                {
                    competences_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mapping_campaign_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mapping_campaign_competences", x => new { x.competences_id, x.mapping_campaign_id });
                    table.ForeignKey(
                        name: "fk_mapping_campaign_competences_competences_competences_id",
                        column: x => x.competences_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mapping_campaign_competences_mapping_campaigns_mapping_camp",
                        column: x => x.mapping_campaign_id,
                        principalTable: "mapping_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_competences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level_reached = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_competences", x => x.id);
                    table.CheckConstraint("ck_training_competences_level_reached", "level_reached BETWEEN 0 AND 10");
                    table.ForeignKey(
                        name: "fk_training_competences_competences_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_training_competences_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "competence_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    assessor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    assessed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    evidence = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competence_assessments", x => x.id);
                    table.CheckConstraint("ck_competence_assessments_level", "level BETWEEN 0 AND 10");
                    table.ForeignKey(
                        name: "fk_competence_assessments_competences_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_competence_assessments_mapping_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "mapping_campaigns",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "competence_requirements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    competence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    required_level = table.Column<int>(type: "integer", nullable: false),
                    headcount = table.Column<int>(type: "integer", nullable: false),
                    horizon = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    target_date = table.Column<DateOnly>(type: "date", nullable: true),
                    strategy_goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competence_requirements", x => x.id);
                    table.CheckConstraint("ck_competence_requirements_future_has_date", "horizon = 'Now' OR target_date IS NOT NULL");
                    table.CheckConstraint("ck_competence_requirements_headcount", "headcount >= 1");
                    table.CheckConstraint("ck_competence_requirements_required_level", "required_level BETWEEN 0 AND 10");
                    table.CheckConstraint("ck_competence_requirements_scope", "organisation_unit_id IS NOT NULL OR job_title IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_competence_requirements_competences_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_competence_requirements_strategy_items_strategy_goal_id",
                        column: x => x.strategy_goal_id,
                        principalTable: "strategy_items",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "development_plan_strategy_goals",
                columns: table => new
                {
                    development_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    strategy_goals_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_development_plan_strategy_goals", x => new { x.development_plan_id, x.strategy_goals_id });
                    table.ForeignKey(
                        name: "fk_development_plan_strategy_goals_strategy_items_strategy_goa",
                        column: x => x.strategy_goals_id,
                        principalTable: "strategy_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "development_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    agreed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agreed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    manager_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_development_plans", x => x.id);
                    table.CheckConstraint("ck_development_plans_period", "period_end IS NULL OR period_end >= period_start");
                });

            migrationBuilder.CreateTable(
                name: "plan_goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    current_level = table.Column<int>(type: "integer", nullable: false),
                    target_level = table.Column<int>(type: "integer", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_goals", x => x.id);
                    table.CheckConstraint("ck_plan_goals_current_level", "current_level BETWEEN 0 AND 10");
                    table.CheckConstraint("ck_plan_goals_target_level", "target_level BETWEEN 0 AND 10");
                    table.ForeignKey(
                        name: "fk_plan_goals_competences_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_goals_development_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "development_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    entra_object_id = table.Column<Guid>(type: "uuid", nullable: true),
                    given_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    family_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    preferred_language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    job_title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    employment_start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    employment_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    sync_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    findable_by_competence = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.id);
                    table.CheckConstraint("ck_employees_period", "employment_end_date IS NULL OR employment_end_date >= employment_start_date");
                    table.CheckConstraint("ck_employees_preferred_language", "preferred_language IN ('sv', 'fi', 'en')");
                });

            migrationBuilder.CreateTable(
                name: "organisation_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    manager_id = table.Column<Guid>(type: "uuid", nullable: true),
                    manager_employee_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    sync_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_fi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    name_sv = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisation_units_employees_manager_id",
                        column: x => x.manager_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_organisation_units_organisation_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "organisation_units",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "plan_follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    conducted_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_follow_ups_development_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "development_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_follow_ups_employees_conducted_by_id",
                        column: x => x.conducted_by_id,
                        principalTable: "employees",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "strategy_acknowledgements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    strategy_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_strategy_acknowledgements", x => x.id);
                    table.ForeignKey(
                        name: "fk_strategy_acknowledgements_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_strategy_acknowledgements_strategy_items_strategy_item_id",
                        column: x => x.strategy_item_id,
                        principalTable: "strategy_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_memberships", x => x.id);
                    table.CheckConstraint("ck_team_memberships_period", "ends_on IS NULL OR ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_team_memberships_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_team_memberships_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    primary = table.Column<bool>(type: "boolean", nullable: false),
                    extent_percent = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employments", x => x.id);
                    table.CheckConstraint("ck_employments_extent_percent", "extent_percent BETWEEN 1 AND 100");
                    table.CheckConstraint("ck_employments_period", "end_date IS NULL OR end_date >= start_date");
                    table.ForeignKey(
                        name: "fk_employments_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employments_organisation_units_organisation_unit_id",
                        column: x => x.organisation_unit_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "improvement_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    competence_id = table.Column<Guid>(type: "uuid", nullable: true),
                    strategy_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    handled_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    implemented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_improvement_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_improvement_proposals_competences_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_improvement_proposals_employees_handled_by_id",
                        column: x => x.handled_by_id,
                        principalTable: "employees",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_improvement_proposals_employees_proposer_id",
                        column: x => x.proposer_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_improvement_proposals_organisation_units_organisation_unit_",
                        column: x => x.organisation_unit_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_improvement_proposals_strategy_items_strategy_item_id",
                        column: x => x.strategy_item_id,
                        principalTable: "strategy_items",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "job_rotations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    learning_goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from_unit_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    to_unit_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_rotations", x => x.id);
                    table.CheckConstraint("ck_job_rotations_period", "ends_on IS NULL OR ends_on >= starts_on");
                    table.CheckConstraint("ck_job_rotations_units_differ", "from_unit_id <> to_unit_id");
                    table.ForeignKey(
                        name: "fk_job_rotations_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_rotations_organisation_units_from_unit_id",
                        column: x => x.from_unit_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_rotations_organisation_units_to_unit_id",
                        column: x => x.to_unit_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mapping_campaign_units",
                columns: table => new
                {
                    mapping_campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    units_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mapping_campaign_units", x => new { x.mapping_campaign_id, x.units_id });
                    table.ForeignKey(
                        name: "fk_mapping_campaign_units_mapping_campaigns_mapping_campaign_id",
                        column: x => x.mapping_campaign_id,
                        principalTable: "mapping_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mapping_campaign_units_organisation_units_units_id",
                        column: x => x.units_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "quality_work_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quality_tool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    score = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    assessment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    improvement_actions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quality_work_results", x => x.id);
                    table.CheckConstraint("ck_quality_work_results_period", "period_end IS NULL OR period_end >= period_start");
                    table.CheckConstraint("ck_quality_work_results_score", "score >= 0");
                    table.ForeignKey(
                        name: "fk_quality_work_results_organisation_units_organisation_unit_id",
                        column: x => x.organisation_unit_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_quality_work_results_strategy_items_quality_tool_id",
                        column: x => x.quality_tool_id,
                        principalTable: "strategy_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_units",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    units_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_units", x => new { x.team_id, x.units_id });
                    table.ForeignKey(
                        name: "fk_team_units_organisation_units_units_id",
                        column: x => x.units_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_team_units_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    training_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_rotation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    funding_source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_activities", x => x.id);
                    table.CheckConstraint("ck_plan_activities_cost", "cost IS NULL OR cost >= 0");
                    table.CheckConstraint("ck_plan_activities_period", "ends_on IS NULL OR ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_plan_activities_development_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "development_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_activities_funding_sources_funding_source_id",
                        column: x => x.funding_source_id,
                        principalTable: "funding_sources",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_plan_activities_job_rotations_job_rotation_id",
                        column: x => x.job_rotation_id,
                        principalTable: "job_rotations",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_plan_activities_plan_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "plan_goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_plan_activities_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_plan_activities_training_events_training_event_id",
                        column: x => x.training_event_id,
                        principalTable: "training_events",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_activity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrolments_employees_decided_by_id",
                        column: x => x.decided_by_id,
                        principalTable: "employees",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_enrolments_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enrolments_plan_activities_plan_activity_id",
                        column: x => x.plan_activity_id,
                        principalTable: "plan_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_enrolments_training_events_training_event_id",
                        column: x => x.training_event_id,
                        principalTable: "training_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_sharing_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_rotation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_sharing_actions", x => x.id);
                    table.CheckConstraint("ck_knowledge_sharing_actions_source", "(source = 'Training' AND enrolment_id IS NOT NULL AND job_rotation_id IS NULL AND team_id IS NULL)\nOR (source = 'JobRotation' AND enrolment_id IS NULL AND job_rotation_id IS NOT NULL AND team_id IS NULL)\nOR (source = 'Team' AND enrolment_id IS NULL AND job_rotation_id IS NULL AND team_id IS NOT NULL)\nOR (source = 'SelfStudy' AND enrolment_id IS NULL AND job_rotation_id IS NULL AND team_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_knowledge_sharing_actions_employees_done_by_id",
                        column: x => x.done_by_id,
                        principalTable: "employees",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_knowledge_sharing_actions_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_knowledge_sharing_actions_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_knowledge_sharing_actions_job_rotations_job_rotation_id",
                        column: x => x.job_rotation_id,
                        principalTable: "job_rotations",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_knowledge_sharing_actions_organisation_units_organisation_u",
                        column: x => x.organisation_unit_id,
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_knowledge_sharing_actions_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor",
                table: "audit_entries",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_competence_assessments_assessed_by_id",
                table: "competence_assessments",
                column: "assessed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_competence_assessments_campaign_id",
                table: "competence_assessments",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_competence_assessments_competence_id_level",
                table: "competence_assessments",
                columns: new[] { "competence_id", "level" });

            migrationBuilder.CreateIndex(
                name: "ix_competence_assessments_employee_id_competence_id_assessed_at",
                table: "competence_assessments",
                columns: new[] { "employee_id", "competence_id", "assessed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_competence_requirements_competence_id",
                table: "competence_requirements",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_competence_requirements_organisation_unit_id_competence_id_",
                table: "competence_requirements",
                columns: new[] { "organisation_unit_id", "competence_id", "horizon" });

            migrationBuilder.CreateIndex(
                name: "ix_competence_requirements_strategy_goal_id",
                table: "competence_requirements",
                column: "strategy_goal_id");

            migrationBuilder.CreateIndex(
                name: "ux_competence_requirements_one_current",
                table: "competence_requirements",
                columns: new[] { "organisation_unit_id", "job_title", "competence_id", "horizon", "target_date" },
                unique: true,
                filter: "withdrawn_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_competences_code",
                table: "competences",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_competences_dimension",
                table: "competences",
                column: "dimension");

            migrationBuilder.CreateIndex(
                name: "ix_competences_parent_id",
                table: "competences",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_competences_scale_id",
                table: "competences",
                column: "scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_strategy_goals_strategy_goals_id",
                table: "development_plan_strategy_goals",
                column: "strategy_goals_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plans_agreed_by_id",
                table: "development_plans",
                column: "agreed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plans_employee_id_period_start",
                table: "development_plans",
                columns: new[] { "employee_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_development_plans_status",
                table: "development_plans",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_employees_employee_number",
                table: "employees",
                column: "employee_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_entra_object_id",
                table: "employees",
                column: "entra_object_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_organisation_unit_id_status",
                table: "employees",
                columns: new[] { "organisation_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_employees_updated_at_id",
                table: "employees",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_employments_employee_id",
                table: "employments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_employments_organisation_unit_id_end_date",
                table: "employments",
                columns: new[] { "organisation_unit_id", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_decided_by_id",
                table: "enrolments",
                column: "decided_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_employee_id",
                table: "enrolments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_plan_activity_id",
                table: "enrolments",
                column: "plan_activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_training_event_id_status",
                table: "enrolments",
                columns: new[] { "training_event_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ux_enrolments_one_open_per_employee_and_event",
                table: "enrolments",
                columns: new[] { "training_event_id", "employee_id" },
                unique: true,
                filter: "status NOT IN ('Cancelled', 'NoShow')");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_proposals_competence_id",
                table: "improvement_proposals",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_proposals_handled_by_id",
                table: "improvement_proposals",
                column: "handled_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_proposals_organisation_unit_id_status",
                table: "improvement_proposals",
                columns: new[] { "organisation_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_improvement_proposals_proposer_id",
                table: "improvement_proposals",
                column: "proposer_id");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_proposals_strategy_item_id",
                table: "improvement_proposals",
                column: "strategy_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_rotations_employee_id",
                table: "job_rotations",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_rotations_from_unit_id",
                table: "job_rotations",
                column: "from_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_rotations_to_unit_id",
                table: "job_rotations",
                column: "to_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_sharing_actions_done_by_id",
                table: "knowledge_sharing_actions",
                column: "done_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_sharing_actions_employee_id",
                table: "knowledge_sharing_actions",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_sharing_actions_enrolment_id",
                table: "knowledge_sharing_actions",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_sharing_actions_job_rotation_id",
                table: "knowledge_sharing_actions",
                column: "job_rotation_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_sharing_actions_organisation_unit_id",
                table: "knowledge_sharing_actions",
                column: "organisation_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_sharing_actions_team_id",
                table: "knowledge_sharing_actions",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_mapping_campaign_competences_mapping_campaign_id",
                table: "mapping_campaign_competences",
                column: "mapping_campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_mapping_campaign_units_units_id",
                table: "mapping_campaign_units",
                column: "units_id");

            migrationBuilder.CreateIndex(
                name: "ix_mapping_campaigns_funding_source_id",
                table: "mapping_campaigns",
                column: "funding_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_units_code",
                table: "organisation_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_units_manager_id",
                table: "organisation_units",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_units_parent_id",
                table: "organisation_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_funding_source_id",
                table: "plan_activities",
                column: "funding_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_goal_id",
                table: "plan_activities",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_job_rotation_id",
                table: "plan_activities",
                column: "job_rotation_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_plan_id",
                table: "plan_activities",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_team_id",
                table: "plan_activities",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_activities_training_event_id",
                table: "plan_activities",
                column: "training_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_follow_ups_conducted_by_id",
                table: "plan_follow_ups",
                column: "conducted_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_follow_ups_plan_id",
                table: "plan_follow_ups",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_competence_id",
                table: "plan_goals",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_plan_id",
                table: "plan_goals",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_proficiency_levels_scale_id_level",
                table: "proficiency_levels",
                columns: new[] { "scale_id", "level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proficiency_scales_code",
                table: "proficiency_scales",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_quality_work_results_quality_tool_id",
                table: "quality_work_results",
                column: "quality_tool_id");

            migrationBuilder.CreateIndex(
                name: "ux_quality_work_results_one_per_period",
                table: "quality_work_results",
                columns: new[] { "organisation_unit_id", "quality_tool_id", "period_start", "period_end" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_strategy_acknowledgements_employee_id_strategy_item_id",
                table: "strategy_acknowledgements",
                columns: new[] { "employee_id", "strategy_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_strategy_acknowledgements_strategy_item_id",
                table: "strategy_acknowledgements",
                column: "strategy_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_strategy_items_parent_id",
                table: "strategy_items",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_source_batch_id",
                table: "sync_runs",
                columns: new[] { "source", "batch_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_started_at",
                table: "sync_runs",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_team_memberships_employee_id",
                table: "team_memberships",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_team_memberships_team_id_employee_id",
                table: "team_memberships",
                columns: new[] { "team_id", "employee_id" });

            migrationBuilder.CreateIndex(
                name: "ux_team_memberships_one_current_per_employee_and_team",
                table: "team_memberships",
                columns: new[] { "team_id", "employee_id" },
                unique: true,
                filter: "ends_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_team_units_units_id",
                table: "team_units",
                column: "units_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_competences_competence_id",
                table: "training_competences",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_competences_training_id_competence_id",
                table: "training_competences",
                columns: new[] { "training_id", "competence_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_events_funding_source_id",
                table: "training_events",
                column: "funding_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_events_starts_at",
                table: "training_events",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_training_events_training_id_starts_at",
                table: "training_events",
                columns: new[] { "training_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_trainings_code",
                table: "trainings",
                column: "code",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_competence_assessments_employees_assessed_by_id",
                table: "competence_assessments",
                column: "assessed_by_id",
                principalTable: "employees",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_competence_assessments_employees_employee_id",
                table: "competence_assessments",
                column: "employee_id",
                principalTable: "employees",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_competence_requirements_organisation_units_organisation_uni",
                table: "competence_requirements",
                column: "organisation_unit_id",
                principalTable: "organisation_units",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_development_plan_strategy_goals_development_plans_developme",
                table: "development_plan_strategy_goals",
                column: "development_plan_id",
                principalTable: "development_plans",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_development_plans_employees_agreed_by_id",
                table: "development_plans",
                column: "agreed_by_id",
                principalTable: "employees",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_development_plans_employees_employee_id",
                table: "development_plans",
                column: "employee_id",
                principalTable: "employees",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_employees_organisation_units_organisation_unit_id",
                table: "employees",
                column: "organisation_unit_id",
                principalTable: "organisation_units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // The audit log is append-only: the database itself refuses to change or remove entries.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only';
                END $$;
                CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);

            // Search (Data/SearchText.cs): one immutable function over the searched texts, and a trigram index over
            // the people list's texts, written exactly as the query writes them so that PostgreSQL uses it.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE FUNCTION search_text(texts text[]) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    RETURN public.unaccent('public.unaccent'::regdictionary, lower(array_to_string(texts, E'\n')));
                CREATE INDEX ix_employees_search ON employees USING gin
                    (search_text(ARRAY[(given_name::text || ' ') || family_name::text, employee_number::text, email::text, job_title::text]) gin_trgm_ops);
                """);

            // One person, one plan per period (Plans/PlanWorkflow.NoOverlapConstraint): of the plans that hold their period
            // (all but withdrawn ones) no two of one person overlap, also when two drafts race past the check in code.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                ALTER TABLE development_plans ADD CONSTRAINT ex_development_plans_period
                    EXCLUDE USING gist (employee_id WITH =, daterange(period_start, period_end, '[]') WITH &&) WHERE (status <> 'Withdrawn');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION audit_entries_append_only() CASCADE;");
            migrationBuilder.Sql("DROP INDEX ix_employees_search; DROP FUNCTION search_text(text[]);");
            migrationBuilder.DropForeignKey(
                name: "fk_organisation_units_employees_manager_id",
                table: "organisation_units");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "competence_assessments");

            migrationBuilder.DropTable(
                name: "competence_requirements");

            migrationBuilder.DropTable(
                name: "development_plan_strategy_goals");

            migrationBuilder.DropTable(
                name: "employments");

            migrationBuilder.DropTable(
                name: "improvement_proposals");

            migrationBuilder.DropTable(
                name: "knowledge_sharing_actions");

            migrationBuilder.DropTable(
                name: "mapping_campaign_competences");

            migrationBuilder.DropTable(
                name: "mapping_campaign_units");

            migrationBuilder.DropTable(
                name: "plan_follow_ups");

            migrationBuilder.DropTable(
                name: "proficiency_levels");

            migrationBuilder.DropTable(
                name: "quality_work_results");

            migrationBuilder.DropTable(
                name: "strategy_acknowledgements");

            migrationBuilder.DropTable(
                name: "sync_runs");

            migrationBuilder.DropTable(
                name: "team_memberships");

            migrationBuilder.DropTable(
                name: "team_units");

            migrationBuilder.DropTable(
                name: "training_competences");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "mapping_campaigns");

            migrationBuilder.DropTable(
                name: "strategy_items");

            migrationBuilder.DropTable(
                name: "plan_activities");

            migrationBuilder.DropTable(
                name: "job_rotations");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "training_events");

            migrationBuilder.DropTable(
                name: "competences");

            migrationBuilder.DropTable(
                name: "development_plans");

            migrationBuilder.DropTable(
                name: "funding_sources");

            migrationBuilder.DropTable(
                name: "trainings");

            migrationBuilder.DropTable(
                name: "proficiency_scales");

            migrationBuilder.DropTable(
                name: "employees");

            migrationBuilder.DropTable(
                name: "organisation_units");
        }
    }
}
