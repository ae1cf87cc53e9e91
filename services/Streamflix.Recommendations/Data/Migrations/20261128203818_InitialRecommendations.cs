using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Streamflix.Recommendations.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialRecommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "co_occurrence",
                columns: table => new
                {
                    title_a = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title_b = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    weight = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_occurrence", x => new { x.title_a, x.title_b });
                });

            migrationBuilder.CreateTable(
                name: "genre_affinity",
                columns: table => new
                {
                    profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    genre_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    weight = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_genre_affinity", x => new { x.profile_id, x.genre_id });
                });

            migrationBuilder.CreateTable(
                name: "genres",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_genres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_events",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_events", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "profile_titles",
                columns: table => new
                {
                    profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_watched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_watched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    plays = table.Column<int>(type: "integer", nullable: false),
                    max_position_share = table.Column<double>(type: "double precision", nullable: false),
                    finished = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_titles", x => new { x.profile_id, x.title_id });
                });

            migrationBuilder.CreateTable(
                name: "titles",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    genre_ids = table.Column<string[]>(type: "text[]", nullable: false),
                    is_kids = table.Column<bool>(type: "boolean", nullable: false),
                    release_year = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    metadata_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_titles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trending_counters",
                columns: table => new
                {
                    title_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    all_time_plays = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trending_counters", x => x.title_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_co_occurrence_title_a_weight",
                table: "co_occurrence",
                columns: new[] { "title_a", "weight" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_profile_titles_profile_id_last_watched_at",
                table: "profile_titles",
                columns: new[] { "profile_id", "last_watched_at" },
                descending: new[] { false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "co_occurrence");

            migrationBuilder.DropTable(
                name: "genre_affinity");

            migrationBuilder.DropTable(
                name: "genres");

            migrationBuilder.DropTable(
                name: "processed_events");

            migrationBuilder.DropTable(
                name: "profile_titles");

            migrationBuilder.DropTable(
                name: "titles");

            migrationBuilder.DropTable(
                name: "trending_counters");
        }
    }
}
