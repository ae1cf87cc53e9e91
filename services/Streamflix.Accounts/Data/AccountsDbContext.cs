using Microsoft.EntityFrameworkCore;
using Streamflix.Accounts.Model;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Accounts.Data;

public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : DbContext(options)
{
    public const string EmailIndex = "ix_accounts_email";
    public const string ProfileNameIndex = "ix_profiles_account_id_name_key";

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
            account.Property(a => a.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
            account.Property(a => a.DisplayName).HasColumnName("display_name").HasMaxLength(DisplayName.MaxLength);
            account.Property(a => a.PasswordHash).HasColumnName("password_hash").HasMaxLength(512);
            account.Property(a => a.CreatedAt).HasColumnName("created_at");
            // Emails are stored normalised, so a plain unique index is the case-insensitive rule.
            account.HasIndex(a => a.Email).IsUnique().HasDatabaseName(EmailIndex);
            account.HasMany(a => a.Profiles).WithOne().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Profile>(profile =>
        {
            profile.ToTable("profiles");
            profile.HasKey(p => p.Id);
            profile.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
            profile.Property(p => p.AccountId).HasColumnName("account_id");
            profile.Property(p => p.Name).HasColumnName("name").HasMaxLength(ProfileName.MaxLength);
            profile.Property(p => p.NameKey).HasColumnName("name_key").HasMaxLength(ProfileName.MaxLength);
            profile.Property(p => p.Kids).HasColumnName("kids");
            profile.Property(p => p.AvatarColor).HasColumnName("avatar_color").HasMaxLength(7);
            profile.Property(p => p.CreatedAt).HasColumnName("created_at");
            profile.HasIndex(p => new { p.AccountId, p.NameKey }).IsUnique().HasDatabaseName(ProfileNameIndex);
        });

        modelBuilder.Entity<RefreshToken>(token =>
        {
            token.ToTable("refresh_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
            token.Property(t => t.TokenHash).HasColumnName("token_hash").HasMaxLength(32);
            token.Property(t => t.FamilyId).HasColumnName("family_id");
            token.Property(t => t.AccountId).HasColumnName("account_id");
            token.Property(t => t.CreatedAt).HasColumnName("created_at");
            token.Property(t => t.ExpiresAt).HasColumnName("expires_at");
            token.Property(t => t.ConsumedAt).HasColumnName("consumed_at");
            token.Property(t => t.RevokedAt).HasColumnName("revoked_at");
            token.Property(t => t.ReplacedBy).HasColumnName("replaced_by");
            token.Ignore(t => t.State);
            token.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ix_refresh_tokens_token_hash");
            token.HasIndex(t => t.FamilyId).HasDatabaseName("ix_refresh_tokens_family_id");
            // Pruning looks for an account's expired tokens.
            token.HasIndex(t => new { t.AccountId, t.ExpiresAt }).HasDatabaseName("ix_refresh_tokens_account_id_expires_at");
            token.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SignInThrottle>(throttle =>
        {
            throttle.ToTable("sign_in_throttles");
            throttle.HasKey(t => t.Email);
            throttle.Property(t => t.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
            throttle.Property(t => t.Failures).HasColumnName("failures");
            throttle.Property(t => t.LastFailureAt).HasColumnName("last_failure_at");
            throttle.Property(t => t.LockedUntil).HasColumnName("locked_until");
            throttle.Ignore(t => t.State);
        });

        modelBuilder.AddEventBusOutbox();
    }
}
