using Microsoft.EntityFrameworkCore;
using Streamflix.Billing.Events;
using Streamflix.Billing.Model;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Billing.Data;

/// <summary>
/// The requests that change billing state. Each runs in one transaction under the account's lock:
/// the idempotency record, the subscription, the invoice and the outbox event are stored together
/// or not at all, so a retry can never charge twice and an event never describes a change that
/// was rolled back.
/// </summary>
public sealed class BillingWriter(BillingDbContext db, TimeProvider clock, ILogger<BillingWriter> logger)
{
    public async Task<ChargeResult> SubscribeAsync(
        Guid accountId, string? email, Plan plan, PaymentCard card, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(card);
        var fingerprint = RequestFingerprint.ForSubscribe(accountId, plan.Id, card.OnFile);

        var settled = await InAccountTransactionAsync(accountId, async now =>
        {
            var attempt = await FindAttemptAsync(accountId, idempotencyKey, cancellationToken);
            if (attempt is not null && await ReplayAsync(attempt, fingerprint, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            await EnsureCustomerAsync(accountId, email, now, cancellationToken);
            var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.AccountId == accountId, cancellationToken);
            Subscription.EnsureCanStart(subscription, now);

            attempt ??= db.PaymentAttempts.Add(
                PaymentAttempt.Begin(accountId, idempotencyKey, PaymentOperation.Subscribe, fingerprint, now)).Entity;
            var outcome = SimulatedCardProcessor.Charge(card, attempt.NextAttempt);
            if (outcome != PaymentOutcome.Succeeded)
            {
                attempt.Record(outcome, invoiceId: null, now);
                return Settled.Failed(outcome, attempt.Attempts);
            }

            if (subscription is null)
            {
                subscription = db.Subscriptions.Add(Subscription.Start(accountId, plan, card.OnFile, now)).Entity;
            }
            else
            {
                subscription.Restart(plan, card.OnFile, now);
            }

            var invoice = db.Invoices.Add(Invoice.ForSubscription(subscription, now)).Entity;
            attempt.Record(PaymentOutcome.Succeeded, invoice.Id, now);
            db.AddOutboxEvent(SubscriptionEvents.Changed(subscription, now));
            return Settled.Succeeded(subscription, invoice);
        }, cancellationToken);

        return Complete(settled, accountId, PaymentOperation.Subscribe);
    }

    public async Task<ChargeResult> ChangePlanAsync(Guid accountId, Plan plan, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var fingerprint = RequestFingerprint.ForChangePlan(accountId, plan.Id);

        var settled = await InAccountTransactionAsync(accountId, async now =>
        {
            var attempt = await FindAttemptAsync(accountId, idempotencyKey, cancellationToken);
            if (attempt is not null && await ReplayAsync(attempt, fingerprint, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.AccountId == accountId, cancellationToken)
                ?? throw new BillingPreconditionException("You have no subscription to change; subscribe first.");
            var change = subscription.PlanChangeTo(plan, now);

            attempt ??= db.PaymentAttempts.Add(
                PaymentAttempt.Begin(accountId, idempotencyKey, PaymentOperation.ChangePlan, fingerprint, now)).Entity;
            Invoice? invoice = null;
            if (change.ChargeCents > 0)
            {
                var outcome = SimulatedCardProcessor.Charge(subscription.Card, attempt.NextAttempt);
                if (outcome != PaymentOutcome.Succeeded)
                {
                    attempt.Record(outcome, invoiceId: null, now);
                    return Settled.Failed(outcome, attempt.Attempts);
                }

                invoice = db.Invoices.Add(Invoice.ForUpgrade(accountId, change, subscription.Card, now)).Entity;
            }

            subscription.Apply(change, now);
            attempt.Record(PaymentOutcome.Succeeded, invoice?.Id, now);
            db.AddOutboxEvent(SubscriptionEvents.Changed(subscription, now));
            return Settled.Succeeded(subscription, invoice);
        }, cancellationToken);

        return Complete(settled, accountId, PaymentOperation.ChangePlan);
    }

    /// <summary>Cancels at the end of the paid period; a repeat changes and publishes nothing.</summary>
    public Task<Subscription> CancelAsync(Guid accountId, CancellationToken cancellationToken) =>
        InAccountTransactionAsync(accountId, async now =>
        {
            var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.AccountId == accountId, cancellationToken)
                ?? throw new BillingPreconditionException("You have no subscription to cancel.");
            if (subscription.Cancel(now))
            {
                db.AddOutboxEvent(SubscriptionEvents.Changed(subscription, now));
                logger.LogInformation("Account {AccountId} cancelled; entitled until {PeriodEnd:O}", accountId, subscription.CurrentPeriodEnd);
            }

            return subscription;
        }, cancellationToken);

    // The Npgsql execution strategy retries a whole transaction after a transient database error,
    // so the work starts from a clean change tracker and reads the clock again each time.
    private Task<T> InAccountTransactionAsync<T>(Guid accountId, Func<DateTimeOffset, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockAccountAsync(accountId, cancellationToken);
            var result = await work(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    private Task<PaymentAttempt?> FindAttemptAsync(Guid accountId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.PaymentAttempts.SingleOrDefaultAsync(
            a => a.AccountId == accountId && a.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <summary>The answer for a key seen before, or null when the processor is to be asked again.</summary>
    private async Task<Settled?> ReplayAsync(PaymentAttempt attempt, string fingerprint, CancellationToken cancellationToken)
    {
        switch (attempt.Replay(fingerprint))
        {
            case IdempotentReplay.ReturnStoredResult:
                var subscription = await db.Subscriptions.SingleAsync(s => s.AccountId == attempt.AccountId, cancellationToken);
                var invoice = attempt.InvoiceId is { } invoiceId
                    ? await db.Invoices.SingleAsync(i => i.Id == invoiceId, cancellationToken)
                    : null;
                return Settled.Succeeded(subscription, invoice);
            case IdempotentReplay.DeclineAgain:
                return Settled.Failed(PaymentOutcome.Declined, attempt.Attempts);
            default:
                return null;
        }
    }

    // Subscribe may run before AccountCreated arrives; then the customer starts from the token's
    // email. The account's event, when it comes, finds the row and only completes it. ON CONFLICT
    // keeps a concurrent insert by that event's handler from failing this request.
    private async Task EnsureCustomerAsync(Guid accountId, string? email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customer = Customer.Create(accountId, email, displayName: null, now);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO customers (account_id, email, display_name, created_at)
            VALUES ({customer.AccountId}, {customer.Email}, {customer.DisplayName}, {customer.CreatedAt})
            ON CONFLICT (account_id) DO NOTHING
            """,
            cancellationToken);
    }

    // Declines and transient failures are answers too: their attempt rows are committed first, so
    // the retry of a declined key is declined again and a transient one counts as a second attempt.
    private ChargeResult Complete(Settled settled, Guid accountId, string operation)
    {
        switch (settled.Outcome)
        {
            case PaymentOutcome.Declined:
                logger.LogInformation("{Operation} of account {AccountId}: card declined", operation, accountId);
                throw BillingPreconditionException.CardDeclined();
            case PaymentOutcome.Transient:
                logger.LogWarning("{Operation} of account {AccountId}: processor unavailable on attempt {Attempt}",
                    operation, accountId, settled.Attempts);
                throw new PaymentUnavailableException();
            default:
                return new ChargeResult(settled.Subscription!, settled.Invoice);
        }
    }

    private sealed record Settled(PaymentOutcome Outcome, Subscription? Subscription, Invoice? Invoice, int Attempts)
    {
        public static Settled Succeeded(Subscription subscription, Invoice? invoice) =>
            new(PaymentOutcome.Succeeded, subscription, invoice, 0);

        public static Settled Failed(PaymentOutcome outcome, int attempts) => new(outcome, null, null, attempts);
    }
}
