namespace Streamflix.Billing.Model;

/// <summary>
/// The card processor, simulated: it decides, without I/O, how a charge attempt ends, using the
/// published test cards (billing.proto). Every other valid card is approved.
/// The transient card fails the first attempt of each idempotency key and succeeds on the next,
/// which is how a client's retry with the same key is exercised end to end.
/// </summary>
public static class SimulatedCardProcessor
{
    public const string AlwaysSucceeds = "4242424242424242";
    public const string AlwaysDeclined = "4000000000000002";
    public const string FailsFirstAttempt = "4000000000000119";

    /// <summary>A charge of a card the customer has just typed in.</summary>
    /// <param name="attempt">1 for the first attempt under an idempotency key, 2 for its retry, …</param>
    public static PaymentOutcome Charge(PaymentCard card, int attempt)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Decide(card.Digits switch
        {
            AlwaysDeclined => Behaviour.Declines,
            FailsFirstAttempt => Behaviour.FailsFirstAttempt,
            _ => Behaviour.Approves,
        }, attempt);
    }

    /// <summary>
    /// A charge of the card on file (plan upgrades). Only brand and last four are kept, so test
    /// cards are recognised by those, as a real processor recognises a stored card by its token.
    /// </summary>
    public static PaymentOutcome Charge(CardOnFile card, int attempt)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Decide(card == TestCardOnFile(AlwaysDeclined) ? Behaviour.Declines
            : card == TestCardOnFile(FailsFirstAttempt) ? Behaviour.FailsFirstAttempt
            : Behaviour.Approves, attempt);
    }

    private static CardOnFile TestCardOnFile(string digits) => new(CardBrand.Of(digits), digits[^4..]);

    private static PaymentOutcome Decide(Behaviour behaviour, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        return behaviour switch
        {
            Behaviour.Declines => PaymentOutcome.Declined,
            Behaviour.FailsFirstAttempt when attempt == 1 => PaymentOutcome.Transient,
            _ => PaymentOutcome.Succeeded,
        };
    }

    private enum Behaviour
    {
        Approves,
        Declines,
        FailsFirstAttempt,
    }
}
