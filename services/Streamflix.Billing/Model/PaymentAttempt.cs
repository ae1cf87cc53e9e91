namespace Streamflix.Billing.Model;

/// <summary>
/// One idempotency key of one account: what the request was (fingerprint), how many times the
/// processor was asked, and how it ended. Written in the transaction of the charge it records.
/// </summary>
public sealed class PaymentAttempt
{
    private PaymentAttempt()
    {
    }

    public Guid AccountId { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    public string Fingerprint { get; private set; } = "";

    public string Operation { get; private set; } = "";

    /// <summary>Processor attempts made under this key.</summary>
    public int Attempts { get; private set; }

    public PaymentOutcome Outcome { get; private set; }

    /// <summary>The invoice of the successful charge; null when nothing was charged (a downgrade).</summary>
    public Guid? InvoiceId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The number the next processor attempt under this key gets (1 for the first).</summary>
    public int NextAttempt => Attempts + 1;

    public static PaymentAttempt Begin(Guid accountId, string idempotencyKey, string operation, string fingerprint, DateTimeOffset now) => new()
    {
        AccountId = accountId,
        IdempotencyKey = idempotencyKey,
        Operation = operation,
        Fingerprint = fingerprint,
        // Undecided is as good as a transient failure: whoever holds the key next asks the processor.
        Outcome = PaymentOutcome.Transient,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// What a request arriving with this (already used) key gets. The same key with other
    /// parameters is refused: answering it with the first outcome would hide a client bug.
    /// </summary>
    public IdempotentReplay Replay(string fingerprint) =>
        !string.Equals(fingerprint, Fingerprint, StringComparison.Ordinal)
            ? throw BillingValidationException.For("idempotency_key",
                "This idempotency key was already used for a different request; use a new key.")
            : Outcome switch
            {
                PaymentOutcome.Succeeded => IdempotentReplay.ReturnStoredResult,
                PaymentOutcome.Declined => IdempotentReplay.DeclineAgain,
                _ => IdempotentReplay.TryAgain,
            };

    public void Record(PaymentOutcome outcome, Guid? invoiceId, DateTimeOffset now)
    {
        if (Outcome is PaymentOutcome.Succeeded or PaymentOutcome.Declined)
        {
            throw new InvalidOperationException($"Idempotency key {IdempotencyKey} already ended as {Outcome}.");
        }

        Attempts++;
        Outcome = outcome;
        InvoiceId = invoiceId;
        UpdatedAt = now;
    }
}

/// <summary>How a request whose idempotency key was seen before is answered.</summary>
public enum IdempotentReplay
{
    /// <summary>It succeeded: answer with the stored result; charge nothing.</summary>
    ReturnStoredResult,

    /// <summary>It was declined: the same decline, without asking the processor again.</summary>
    DeclineAgain,

    /// <summary>It failed transiently: ask the processor again under the same key.</summary>
    TryAgain,
}
