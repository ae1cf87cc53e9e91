using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Model;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public DbSet<Title> Titles => Set<Title>();

    public DbSet<Genre> Genres => Set<Genre>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Genre>(genre =>
        {
            genre.HasKey(g => g.Id);
            genre.Property(g => g.Id).HasMaxLength(CatalogIds.MaxLength);
            genre.Property(g => g.Name).HasMaxLength(100);
        });

        modelBuilder.Entity<Title>(title =>
        {
            title.HasKey(t => t.Id);
            title.Property(t => t.Id).HasMaxLength(CatalogIds.MaxLength);
            title.Property(t => t.Name).HasMaxLength(TitleUpdate.MaxNameLength);
            title.Property(t => t.Synopsis).HasMaxLength(TitleUpdate.MaxSynopsisLength);
            title.Property(t => t.MaturityRating).HasMaxLength(8);
            title.ComplexProperty(t => t.Poster, poster =>
            {
                poster.Property(p => p.FromColor).HasMaxLength(16);
                poster.Property(p => p.ToColor).HasMaxLength(16);
            });
            title.Ignore(t => t.IsKids);
            // Postgres' xmin: concurrent changes of one title (replicas handling events) fail instead of overwriting.
            title.Property<uint>("RowVersion").IsRowVersion();
            title.OwnsOne(t => t.Media, media =>
            {
                media.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
                media.Property(m => m.MasterPlaylistPath).HasMaxLength(300);
                media.Property(m => m.FailureReason).HasMaxLength(1000);
                // A small list always read whole with its title: one jsonb column, no join.
                media.Property(m => m.Renditions)
                    .HasColumnType("jsonb")
                    .HasConversion(
                        renditions => JsonSerializer.Serialize(renditions, JsonOptions),
                        json => JsonSerializer.Deserialize<List<MediaRendition>>(json, JsonOptions) ?? new List<MediaRendition>(),
                        new ValueComparer<List<MediaRendition>>(
                            (a, b) => a!.SequenceEqual(b!),
                            list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r.GetHashCode())),
                            list => list.ToList()));
            });

            // Serves the one order every list uses (TitleOrdering.NewestFirst).
            title.HasIndex(t => new { t.ReleaseYear, t.Id }).IsDescending(true, false);

            title.HasMany(t => t.Genres)
                .WithMany(g => g.Titles)
                .UsingEntity(
                    "TitleGenres",
                    toGenre => toGenre.HasOne(typeof(Genre)).WithMany().HasForeignKey("GenreId"),
                    toTitle => toTitle.HasOne(typeof(Title)).WithMany().HasForeignKey("TitleId"),
                    join =>
                    {
                        join.HasKey("TitleId", "GenreId");
                        // Genre lists and rows look titles up by genre.
                        join.HasIndex("GenreId");
                    });
        });

        // TitlePublished / TitleUpdated, stored in the transaction of the change they announce.
        modelBuilder.AddEventBusOutbox();
    }
}
