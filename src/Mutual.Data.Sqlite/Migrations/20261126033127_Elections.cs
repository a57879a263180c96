using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mutual.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Elections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "retiring_list",
                table: "meeting_agenda_items",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "elected_at_meeting",
                table: "directors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "elected_by",
                table: "directors",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "left_because",
                table: "directors",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_meeting_nominations_meeting_id_agenda_item_id",
                table: "meeting_nominations",
                columns: new[] { "meeting_id", "agenda_item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_nominations_society_id",
                table: "meeting_nominations",
                column: "society_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_nominations");

            migrationBuilder.DropColumn(
                name: "retiring_list",
                table: "meeting_agenda_items");

            migrationBuilder.DropColumn(
                name: "elected_at_meeting",
                table: "directors");

            migrationBuilder.DropColumn(
                name: "elected_by",
                table: "directors");

            migrationBuilder.DropColumn(
                name: "left_because",
                table: "directors");
        }
    }
}
