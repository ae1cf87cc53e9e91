using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
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
    }
}
