using Microsoft.EntityFrameworkCore;
using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Data;

public sealed class PlaybackDbContext(DbContextOptions<PlaybackDbContext> options) : DbContext(options)
{
    private const int MaxTitleIdLength = 100;

    public DbSet<PlaySession> PlaySessions => Set<PlaySession>();

    public DbSet<ViewingProgress> ViewingProgress => Set<ViewingProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlaySession>(session =>
        {
            session.ToTable("play_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
            session.Property(s => s.AccountId).HasColumnName("account_id");
            session.Property(s => s.ProfileId).HasColumnName("profile_id");
            session.Property(s => s.TitleId).HasColumnName("title_id").HasMaxLength(MaxTitleIdLength);
            session.Property(s => s.StartedAt).HasColumnName("started_at");
            session.Property(s => s.EdgeRanking).HasColumnName("edge_ranking").HasMaxLength(PlaySession.MaxEdgeRankingLength);
            session.Property(s => s.Edge).HasColumnName("edge").HasMaxLength(PlaySession.MaxEdgeNameLength);
            session.Property(s => s.PositionSeconds).HasColumnName("position_seconds");
            session.Property(s => s.DurationSeconds).HasColumnName("duration_seconds");
            session.Property(s => s.MaxHeight).HasColumnName("max_height");
            session.Property(s => s.RenditionHeight).HasColumnName("rendition_height");
            session.Property(s => s.RebufferCount).HasColumnName("rebuffer_count");
            session.Property(s => s.LastHeartbeatAt).HasColumnName("last_heartbeat_at");
            session.Property(s => s.LastProgressEventAt).HasColumnName("last_progress_event_at");
            session.Property(s => s.CompletedAt).HasColumnName("completed_at");
            session.Property(s => s.EndedAt).HasColumnName("ended_at");
            session.Ignore(s => s.SessionId);
            session.Ignore(s => s.HasEnded);
            // A profile's sessions, newest first (support, and the lead's checks of what was watched).
            session.HasIndex(s => new { s.ProfileId, s.StartedAt }).IsDescending(false, true);
        });

        modelBuilder.Entity<ViewingProgress>(progress =>
        {
            progress.ToTable("viewing_progress");
            progress.HasKey(p => new { p.ProfileId, p.TitleId });
            progress.Property(p => p.ProfileId).HasColumnName("profile_id");
            progress.Property(p => p.TitleId).HasColumnName("title_id").HasMaxLength(MaxTitleIdLength);
            progress.Property(p => p.AccountId).HasColumnName("account_id");
            progress.Property(p => p.PositionSeconds).HasColumnName("position_seconds");
            progress.Property(p => p.DurationSeconds).HasColumnName("duration_seconds");
            progress.Property(p => p.Finished).HasColumnName("finished");
            progress.Property(p => p.LastWatchedAt).HasColumnName("last_watched_at");
            // Continue watching and history: one profile's titles, most recently watched first.
            progress.HasIndex(p => new { p.ProfileId, p.LastWatchedAt }).IsDescending(false, true);
        });

        modelBuilder.AddEventBusOutbox();
        modelBuilder.AddEventBusInbox();
    }
}
