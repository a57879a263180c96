using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mutual.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Chair : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "poll_hands_by_class");
        }
    }
}
