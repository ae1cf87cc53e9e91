namespace Streamflix.Web.Billing;

/// <summary>The words the plan and account pages use when billing cannot or will not help.</summary>
public static class BillingMessages
{
    public const string Unavailable = "Billing is unavailable right now. Please try again in a moment.";

    public const string ProcessorUnavailable = "The payment processor is temporarily unavailable; please try again.";

    public const string AlreadySubscribed = "You already have a subscription.";

    public const string ChoosePlan = "Choose a plan.";
}
