using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mutual.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "societies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_societies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "TEXT", nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => new { x.society_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_audit_events_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    elected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    elected_at_meeting = table.Column<Guid>(type: "TEXT", nullable: true),
                    elected_by = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    left_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    left_because = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directors", x => x.id);
                    table.ForeignKey(
                        name: "fk_directors_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    join_url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    time_zone_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    called_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    notice_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    notice_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    notice_sent = table.Column<bool>(type: "INTEGER", nullable: false),
                    adjourned_from = table.Column<Guid>(type: "TEXT", nullable: true),
                    adjourned_to = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    membership_number = table.Column<int>(type: "INTEGER", nullable: true),
                    given_names = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    postal_address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    postcode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    admitted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    admission_minute = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ceased_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    cessation_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    class_keys = table.Column<string>(type: "TEXT", nullable: false),
                    family_name_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    given_names_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    postcode_key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_members_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "polls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    resolution_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    seats = table.Column<int>(type: "INTEGER", nullable: false),
                    counting_method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    record_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    agenda_item_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    secret = table.Column<bool>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    eligible = table.Column<int>(type: "INTEGER", nullable: false),
                    hands_for = table.Column<int>(type: "INTEGER", nullable: true),
                    hands_against = table.Column<int>(type: "INTEGER", nullable: true),
                    hands_abstain = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    counted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    certified_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_polls", x => x.id);
                    table.ForeignKey(
                        name: "fk_polls_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rules_versions",
                columns: table => new
                {
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    adopted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    yaml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rules_versions", x => new { x.society_id, x.version });
                    table.ForeignKey(
                        name: "fk_rules_versions_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_agenda_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    vacancies = table.Column<int>(type: "INTEGER", nullable: true),
                    retiring_list = table.Column<string>(type: "TEXT", nullable: false),
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_agenda_items", x => new { x.meeting_id, x.id });
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendees",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    arrived_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    class_key_list = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_attendees", x => new { x.meeting_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_meeting_attendees_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_minutes",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    agenda_item_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_minutes", x => new { x.meeting_id, x.number });
                    table.ForeignKey(
                        name: "fk_meeting_minutes_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_nominations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agenda_item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    candidate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    candidate_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    statement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    proposer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    nominated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    nominated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_nominations", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_nominations_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_nominations_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_proxies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    appointer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    appointer_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    appointer_class_key_list = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    holder_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    appointed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    revoked_because = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    direction_list = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_proxies", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_proxies_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    cessation_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_status_changes_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_notice_deliveries_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_notice_deliveries_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "society_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    society_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_society_roles", x => new { x.user_id, x.society_id, x.role });
                    table.ForeignKey(
                        name: "fk_society_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_society_roles_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_society_roles_societies_society_id",
                        column: x => x.society_id,
                        principalTable: "societies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "poll_ballots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    receipt = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    class_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    votes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poll_ballots", x => x.id);
                    table.ForeignKey(
                        name: "fk_poll_ballots_polls_poll_id",
                        column: x => x.poll_id,
                        principalTable: "polls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poll_candidates",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    statement = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poll_candidates", x => new { x.poll_id, x.number });
                    table.ForeignKey(
                        name: "fk_poll_candidates_polls_poll_id",
                        column: x => x.poll_id,
                        principalTable: "polls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poll_hands_by_class",
                columns: table => new
                {
                    class_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    @for = table.Column<int>(name: "for", type: "INTEGER", nullable: false),
                    against = table.Column<int>(type: "INTEGER", nullable: false),
                    abstain = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poll_hands_by_class", x => new { x.poll_id, x.class_key });
                    table.ForeignKey(
                        name: "fk_poll_hands_by_class_polls_poll_id",
                        column: x => x.poll_id,
                        principalTable: "polls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poll_tallies",
                columns: table => new
                {
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outcome_json = table.Column<string>(type: "TEXT", nullable: false),
                    round_sheet = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poll_tallies", x => x.poll_id);
                    table.ForeignKey(
                        name: "fk_poll_tallies_polls_poll_id",
                        column: x => x.poll_id,
                        principalTable: "polls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poll_voters",
                columns: table => new
                {
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    class_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    votes = table.Column<int>(type: "INTEGER", nullable: false),
                    code_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    has_voted = table.Column<bool>(type: "INTEGER", nullable: false),
                    voted_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poll_voters", x => new { x.poll_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_poll_voters_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_poll_voters_polls_poll_id",
                        column: x => x.poll_id,
                        principalTable: "polls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_directors_society_id_member_id",
                table: "directors",
                columns: new[] { "society_id", "member_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_nominations_meeting_id_agenda_item_id",
                table: "meeting_nominations",
                columns: new[] { "meeting_id", "agenda_item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_nominations_society_id",
                table: "meeting_nominations",
                column: "society_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_proxies_meeting_id_appointer_id",
                table: "meeting_proxies",
                columns: new[] { "meeting_id", "appointer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_society_id",
                table: "meetings",
                column: "society_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_status_changes_member_id",
                table: "member_status_changes",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_society_id_family_name_key_given_names_key_id",
                table: "members",
                columns: new[] { "society_id", "family_name_key", "given_names_key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_society_id_membership_number",
                table: "members",
                columns: new[] { "society_id", "membership_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_society_id_postcode_key",
                table: "members",
                columns: new[] { "society_id", "postcode_key" });

            migrationBuilder.CreateIndex(
                name: "ix_notice_deliveries_member_id",
                table: "notice_deliveries",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_notice_deliveries_society_id_meeting_id_member_id",
                table: "notice_deliveries",
                columns: new[] { "society_id", "meeting_id", "member_id" });

            migrationBuilder.CreateIndex(
                name: "ix_poll_ballots_poll_id_receipt",
                table: "poll_ballots",
                columns: new[] { "poll_id", "receipt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_poll_voters_member_id",
                table: "poll_voters",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_poll_voters_poll_id_code_hash",
                table: "poll_voters",
                columns: new[] { "poll_id", "code_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_polls_meeting_id",
                table: "polls",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_polls_society_id_opens_at",
                table: "polls",
                columns: new[] { "society_id", "opens_at" });

            migrationBuilder.CreateIndex(
                name: "ix_societies_slug",
                table: "societies",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_society_roles_member_id",
                table: "society_roles",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_society_roles_society_id_role",
                table: "society_roles",
                columns: new[] { "society_id", "role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "directors");

            migrationBuilder.DropTable(
                name: "meeting_agenda_items");

            migrationBuilder.DropTable(
                name: "meeting_attendees");

            migrationBuilder.DropTable(
                name: "meeting_minutes");

            migrationBuilder.DropTable(
                name: "meeting_nominations");

            migrationBuilder.DropTable(
                name: "meeting_proxies");

            migrationBuilder.DropTable(
                name: "member_status_changes");

            migrationBuilder.DropTable(
                name: "notice_deliveries");

            migrationBuilder.DropTable(
                name: "poll_ballots");

            migrationBuilder.DropTable(
                name: "poll_candidates");

            migrationBuilder.DropTable(
                name: "poll_hands_by_class");

            migrationBuilder.DropTable(
                name: "poll_tallies");

            migrationBuilder.DropTable(
                name: "poll_voters");

            migrationBuilder.DropTable(
                name: "rules_versions");

            migrationBuilder.DropTable(
                name: "society_roles");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "polls");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "societies");
        }
    }
}
