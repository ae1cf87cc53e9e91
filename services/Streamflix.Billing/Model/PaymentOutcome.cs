namespace Streamflix.Billing.Model;

/// <summary>What the card processor answered to one charge attempt.</summary>
public enum PaymentOutcome
{
    Succeeded,

    /// <summary>The issuer refused; trying again will not help.</summary>
    Declined,

    /// <summary>The processor failed before deciding; nothing was charged and a retry may succeed.</summary>
    Transient,
}
