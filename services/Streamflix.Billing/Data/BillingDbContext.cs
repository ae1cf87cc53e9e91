using Microsoft.EntityFrameworkCore;
using Streamflix.Billing.Model;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Billing.Data;

public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(customer =>
        {
            customer.ToTable("customers");
            customer.HasKey(c => c.AccountId);
            customer.Property(c => c.AccountId).HasColumnName("account_id").ValueGeneratedNever();
            customer.Property(c => c.Email).HasColumnName("email").HasMaxLength(Customer.MaxEmailLength);
            customer.Property(c => c.DisplayName).HasColumnName("display_name").HasMaxLength(Customer.MaxDisplayNameLength);
            customer.Property(c => c.CreatedAt).HasColumnName("created_at");
        });

        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.ToTable("subscriptions");
            subscription.HasKey(s => s.AccountId);
            subscription.Property(s => s.AccountId).HasColumnName("account_id").ValueGeneratedNever();
            subscription.Property(s => s.PlanId).HasColumnName("plan_id").HasMaxLength(32);
            subscription.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
            subscription.Property(s => s.CurrentPeriodStart).HasColumnName("current_period_start");
            subscription.Property(s => s.CurrentPeriodEnd).HasColumnName("current_period_end");
            subscription.Property(s => s.CardBrand).HasColumnName("card_brand").HasMaxLength(16);
            subscription.Property(s => s.CardLast4).HasColumnName("card_last4").HasMaxLength(4).IsFixedLength();
            subscription.Property(s => s.CreatedAt).HasColumnName("created_at");
            subscription.Property(s => s.UpdatedAt).HasColumnName("updated_at");
            subscription.Ignore(s => s.Period);
            subscription.Ignore(s => s.Card);
            subscription.Ignore(s => s.Plan);
            subscription.HasOne<Customer>().WithOne().HasForeignKey<Subscription>(s => s.AccountId);
        });

        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.ToTable("invoices");
            invoice.HasKey(i => i.Id);
            invoice.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
            invoice.Property(i => i.AccountId).HasColumnName("account_id");
            invoice.Property(i => i.PlanId).HasColumnName("plan_id").HasMaxLength(32);
            invoice.Property(i => i.AmountCents).HasColumnName("amount_cents");
            invoice.Property(i => i.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
            invoice.Property(i => i.CreatedAt).HasColumnName("created_at");
            invoice.Property(i => i.Description).HasColumnName("description").HasMaxLength(Invoice.MaxDescriptionLength);
            invoice.Property(i => i.CardLast4).HasColumnName("card_last4").HasMaxLength(4).IsFixedLength();
            invoice.HasOne<Customer>().WithMany().HasForeignKey(i => i.AccountId);
            // ListInvoices: one account's invoices, newest first.
            invoice.HasIndex(i => new { i.AccountId, i.CreatedAt }).IsDescending(false, true);
        });

        modelBuilder.Entity<PaymentAttempt>(attempt =>
        {
            attempt.ToTable("payment_attempts");
            // The key is unique per account: two accounts may well pick the same one.
            attempt.HasKey(a => new { a.AccountId, a.IdempotencyKey });
            attempt.Property(a => a.AccountId).HasColumnName("account_id");
            attempt.Property(a => a.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(IdempotencyKey.MaxLength);
            attempt.Property(a => a.Fingerprint).HasColumnName("fingerprint").HasMaxLength(64).IsFixedLength();
            attempt.Property(a => a.Operation).HasColumnName("operation").HasMaxLength(32);
            attempt.Property(a => a.Attempts).HasColumnName("attempts");
            attempt.Property(a => a.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(16);
            attempt.Property(a => a.InvoiceId).HasColumnName("invoice_id");
            attempt.Property(a => a.CreatedAt).HasColumnName("created_at");
            attempt.Property(a => a.UpdatedAt).HasColumnName("updated_at");
            attempt.Ignore(a => a.NextAttempt);
            attempt.HasOne<Invoice>().WithMany().HasForeignKey(a => a.InvoiceId);
        });

        modelBuilder.AddEventBusOutbox();
        modelBuilder.AddEventBusInbox();
    }
}
