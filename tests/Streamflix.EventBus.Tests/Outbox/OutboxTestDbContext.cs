using Microsoft.EntityFrameworkCore;
using Streamflix.EventBus.Outbox;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>A service's database in miniature: one table of its own, plus the outbox and the inbox.</summary>
public sealed class OutboxTestDbContext(DbContextOptions<OutboxTestDbContext> options) : DbContext(options)
{
    public DbSet<TestNote> Notes => Set<TestNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestNote>(note =>
        {
            note.ToTable("notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Text).HasMaxLength(200);
        });
        modelBuilder.AddEventBusOutbox();
        modelBuilder.AddEventBusInbox();
    }
}

public sealed class TestNote
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}
