using Microsoft.EntityFrameworkCore;

namespace Streamflix.EventBus.Outbox;

public static class OutboxModelBuilderExtensions
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "processed_events";

    /// <summary>The outbox table, for a service that publishes events. Call from OnModelCreating.</summary>
    public static ModelBuilder AddEventBusOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable(OutboxTable);
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
            message.Property(m => m.Type).HasColumnName("type").HasMaxLength(200).IsRequired();
            message.Property(m => m.Body).HasColumnName("body").IsRequired();
            message.Property(m => m.Priority).HasColumnName("priority");
            message.Property(m => m.Headers).HasColumnName("headers");
            message.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            message.Property(m => m.Attempts).HasColumnName("attempts");
            message.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            message.Property(m => m.PublishedAt).HasColumnName("published_at");
            message.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
            // The relay's query: pending messages in order; published ones are not in the index.
            message.HasIndex(m => new { m.NextAttemptAt, m.OccurredAt })
                .HasDatabaseName("ix_outbox_messages_pending")
                .HasFilter("published_at IS NULL");
        });
        return modelBuilder;
    }

    /// <summary>The inbox table, for a service that consumes events. Call from OnModelCreating.</summary>
    public static ModelBuilder AddEventBusInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ProcessedEvent>(processed =>
        {
            processed.ToTable(InboxTable);
            processed.HasKey(p => new { p.EventId, p.Consumer });
            processed.Property(p => p.EventId).HasColumnName("event_id");
            processed.Property(p => p.Consumer).HasColumnName("consumer").HasMaxLength(200);
            processed.Property(p => p.ProcessedAt).HasColumnName("processed_at");
        });
        return modelBuilder;
    }
}
