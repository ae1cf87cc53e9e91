using Microsoft.EntityFrameworkCore;
using Streamflix.Accounts.Model;
using Streamflix.Accounts.Security;

namespace Streamflix.Accounts.Data;

/// <summary>How a sign-in attempt ended: the account, or a throttle refusal, or neither (wrong email or password).</summary>
public sealed record SignInOutcome(Account? Account, TimeSpan? RetryAfter)
{
    public static SignInOutcome Throttled(TimeSpan retryAfter) => new(null, retryAfter);

    public static SignInOutcome Wrong { get; } = new(null, null);
}

/// <summary>
/// Checks an email and password under the sign-in throttle. The throttle row of the email is
/// locked for the whole attempt, so replicas serving the same email take turns and every failure
/// is counted exactly once.
/// </summary>
public sealed class PasswordSignIn(AccountsDbContext db, AccountPasswordHasher passwords, TimeProvider clock)
{
    public Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            (email, password),
            async (_, attempt, ct) => await AttemptAsync(attempt.email, attempt.password, ct),
            verifySucceeded: null,
            cancellationToken);

    private async Task<SignInOutcome> AttemptAsync(string email, string password, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Unknown emails get a row too: guessing at an address that has no account is throttled alike.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO sign_in_throttles (email, failures) VALUES ({email}, 0) ON CONFLICT (email) DO NOTHING",
            cancellationToken);
        var throttle = (await db.SignInThrottles
            .FromSql($"SELECT * FROM sign_in_throttles WHERE email = {email} FOR UPDATE")
            .ToListAsync(cancellationToken)).Single();

        var now = clock.GetUtcNow();
        if (SignInThrottleRule.RetryAfter(throttle.State, now) is { } retryAfter)
        {
            await transaction.CommitAsync(cancellationToken);
            AccountsTelemetry.SignInsThrottled.Add(1);
            return SignInOutcome.Throttled(retryAfter);
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        var check = account is null
            ? passwords.VerifyWithoutAccount(password)
            : passwords.Verify(account.PasswordHash, password);

        if (check == PasswordCheck.Wrong)
        {
            throttle.Apply(SignInThrottleRule.RecordFailure(throttle.State, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            AccountsTelemetry.SignInsFailed.Add(1);
            return SignInOutcome.Wrong;
        }

        if (check == PasswordCheck.CorrectNeedsRehash)
        {
            account!.PasswordHash = passwords.Hash(password);
        }

        db.SignInThrottles.Remove(throttle);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SignInOutcome(account, null);
    }
}
