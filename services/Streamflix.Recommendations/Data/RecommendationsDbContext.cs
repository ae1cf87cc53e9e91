using Microsoft.EntityFrameworkCore;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Recommendations.Data;

public sealed class RecommendationsDbContext(DbContextOptions<RecommendationsDbContext> options) : DbContext(options)
{
    public const int MaxTitleIdLength = 100;
    public const int MaxGenreIdLength = 100;

    public DbSet<TitleRow> Titles => Set<TitleRow>();
    public DbSet<GenreRow> Genres => Set<GenreRow>();
    public DbSet<ProfileTitleRow> ProfileTitles => Set<ProfileTitleRow>();
    public DbSet<CoOccurrenceRow> CoOccurrence => Set<CoOccurrenceRow>();
    public DbSet<TrendingCounterRow> TrendingCounters => Set<TrendingCounterRow>();
    public DbSet<GenreAffinityRow> GenreAffinity => Set<GenreAffinityRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TitleRow>(title =>
        {
            title.ToTable("titles");
            title.HasKey(t => t.Id);
            title.Property(t => t.Id).HasColumnName("id").HasMaxLength(MaxTitleIdLength);
            title.Property(t => t.Name).HasColumnName("name").HasMaxLength(300);
            title.Property(t => t.GenreIds).HasColumnName("genre_ids");
            title.Property(t => t.IsKids).HasColumnName("is_kids");
            title.Property(t => t.ReleaseYear).HasColumnName("release_year");
            title.Property(t => t.PublishedAt).HasColumnName("published_at");
            title.Property(t => t.MetadataAsOf).HasColumnName("metadata_as_of");
        });

        modelBuilder.Entity<GenreRow>(genre =>
        {
            genre.ToTable("genres");
            genre.HasKey(g => g.Id);
            genre.Property(g => g.Id).HasColumnName("id").HasMaxLength(MaxGenreIdLength);
            genre.Property(g => g.Name).HasColumnName("name").HasMaxLength(200);
        });

        modelBuilder.Entity<ProfileTitleRow>(watched =>
        {
            watched.ToTable("profile_titles");
            watched.HasKey(p => new { p.ProfileId, p.TitleId });
            watched.Property(p => p.ProfileId).HasColumnName("profile_id");
            watched.Property(p => p.TitleId).HasColumnName("title_id").HasMaxLength(MaxTitleIdLength);
            watched.Property(p => p.AccountId).HasColumnName("account_id");
            watched.Property(p => p.FirstWatchedAt).HasColumnName("first_watched_at");
            watched.Property(p => p.LastWatchedAt).HasColumnName("last_watched_at");
            watched.Property(p => p.Plays).HasColumnName("plays");
            watched.Property(p => p.MaxPositionShare).HasColumnName("max_position_share");
            watched.Property(p => p.Finished).HasColumnName("finished");
            // A profile's history, most recent first: the seeds of its rows.
            watched.HasIndex(p => new { p.ProfileId, p.LastWatchedAt }).IsDescending(false, true);
        });

        modelBuilder.Entity<CoOccurrenceRow>(pair =>
        {
            pair.ToTable("co_occurrence");
            pair.HasKey(c => new { c.TitleA, c.TitleB });
            pair.Property(c => c.TitleA).HasColumnName("title_a").HasMaxLength(MaxTitleIdLength);
            pair.Property(c => c.TitleB).HasColumnName("title_b").HasMaxLength(MaxTitleIdLength);
            pair.Property(c => c.Weight).HasColumnName("weight");
            // A seed's strongest neighbours first.
            pair.HasIndex(c => new { c.TitleA, c.Weight }).IsDescending(false, true);
        });

        modelBuilder.Entity<TrendingCounterRow>(counter =>
        {
            counter.ToTable("trending_counters");
            counter.HasKey(c => c.TitleId);
            counter.Property(c => c.TitleId).HasColumnName("title_id").HasMaxLength(MaxTitleIdLength);
            counter.Property(c => c.Score).HasColumnName("score");
            counter.Property(c => c.UpdatedAt).HasColumnName("updated_at");
            counter.Property(c => c.AllTimePlays).HasColumnName("all_time_plays");
        });

        modelBuilder.Entity<GenreAffinityRow>(affinity =>
        {
            affinity.ToTable("genre_affinity");
            affinity.HasKey(a => new { a.ProfileId, a.GenreId });
            affinity.Property(a => a.ProfileId).HasColumnName("profile_id");
            affinity.Property(a => a.GenreId).HasColumnName("genre_id").HasMaxLength(MaxGenreIdLength);
            affinity.Property(a => a.Weight).HasColumnName("weight");
            affinity.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.AddEventBusInbox();
    }
}
