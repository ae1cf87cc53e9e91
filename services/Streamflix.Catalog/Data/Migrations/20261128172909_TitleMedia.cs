using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Streamflix.Catalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class TitleMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Media_DurationSeconds",
                table: "Titles",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "Media_FailureReason",
                table: "Titles",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Media_JobId",
                table: "Titles",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Media_MasterPlaylistPath",
                table: "Titles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Media_Percent",
                table: "Titles",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "Media_Renditions",
                table: "Titles",
                type: "jsonb",
                nullable: false,
                // Edited: existing titles have no renditions ('' is not valid jsonb).
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Media_Status",
                table: "Titles",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Edited: existing titles have no media yet (MediaStatus.None), not an unknown status.
                defaultValue: "None");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Media_UpdatedAt",
                table: "Titles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "Titles",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Media_DurationSeconds",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_FailureReason",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_JobId",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_MasterPlaylistPath",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_Percent",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_Renditions",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_Status",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "Media_UpdatedAt",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "Titles");
        }
    }
}
