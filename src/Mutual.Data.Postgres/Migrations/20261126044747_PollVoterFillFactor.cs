using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mutual.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PollVoterFillFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "poll_voters")
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "poll_voters")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 70);
        }
    }
}
