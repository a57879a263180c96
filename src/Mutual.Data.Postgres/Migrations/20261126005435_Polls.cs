using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mutual.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Polls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "polls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    society_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    resolution_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    counting_method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_date = table.Column<DateOnly>(type: "date", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agenda_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    secret = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    eligible = table.Column<int>(type: "integer", nullable: false),
                    hands_for = table.Column<int>(type: "integer", nullable: true),
                    hands_against = table.Column<int>(type: "integer", nullable: true),
                    hands_abstain = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    certified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "poll_ballots",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    poll_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    class_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    votes = table.Column<int>(type: "integer", nullable: false)
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
                    number = table.Column<int>(type: "integer", nullable: false),
                    poll_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    statement = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "poll_tallies",
                columns: table => new
                {
                    poll_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome_json = table.Column<string>(type: "text", nullable: false),
                    round_sheet = table.Column<string>(type: "text", nullable: true)
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
                    poll_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    votes = table.Column<int>(type: "integer", nullable: false),
                    code_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    has_voted = table.Column<bool>(type: "boolean", nullable: false),
                    voted_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "poll_ballots");

            migrationBuilder.DropTable(
                name: "poll_candidates");

            migrationBuilder.DropTable(
                name: "poll_tallies");

            migrationBuilder.DropTable(
                name: "poll_voters");

            migrationBuilder.DropTable(
                name: "polls");
        }
    }
}
