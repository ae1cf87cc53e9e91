using Grpc.Core;
using Streamflix.Billing.Contracts;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Accounts;
using Streamflix.Web.Forms;

namespace Streamflix.Web.Billing;

/// <summary>
/// What the plan and account pages ask of billing for the signed-in viewer. Every failure becomes
/// a result the page renders; charging requests carry the form's idempotency key.
/// </summary>
public sealed class BillingDesk(BillingService.BillingServiceClient billing, UserTokens tokens, ILogger<BillingDesk> logger)
{
    public static readonly IReadOnlyCollection<string> PaymentFields = ["plan_id", "card_number", "expiry_month", "expiry_year", "cvc"];

    public static readonly IReadOnlyCollection<string> ChangePlanFields = ["plan_id"];

    /// <summary>The card is a nested message: billing may name its fields by path.</summary>
    public static readonly IReadOnlyDictionary<string, string> PaymentFieldAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["card"] = "card_number",
        ["card.number"] = "card_number",
        ["number"] = "card_number",
        ["card.expiry_month"] = "expiry_month",
        ["card.expiry_year"] = "expiry_year",
        ["card.cvc"] = "cvc",
    };

    /// <summary>Anonymous: the plans are public.</summary>
    public async Task<ServiceOutcome<IReadOnlyList<PlanOffer>>> ListPlansAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await billing.ListPlansAsync(new ListPlansRequest(), cancellationToken: cancellationToken);
            return ServiceOutcome<IReadOnlyList<PlanOffer>>.Success(response.Plans.Select(PlanOffer.From).ToList());
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(BillingService.BillingServiceClient.ListPlans));
            return ServiceOutcome<IReadOnlyList<PlanOffer>>.Failed(BillingMessages.Unavailable);
        }
    }

    public async Task<PaymentOutcome> SubscribeAsync(PaymentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var key = IdempotencyKeys.ForSubmit(form.IdempotencyKey);
        if (string.IsNullOrWhiteSpace(form.PlanId))
        {
            // Nothing was sent, so the key is still unused and stays.
            return new(PaymentResult.Refused, FormErrors.OnField("plan_id", BillingMessages.ChoosePlan), key);
        }

        var viewer = await tokens.ViewerAsync();
        try
        {
            await billing.SubscribeAsync(new SubscribeRequest
            {
                AccountId = viewer?.AccountId ?? "",
                PlanId = form.PlanId,
                Card = new PaymentCard
                {
                    Number = form.CardNumber ?? "",
                    ExpiryMonth = Number(form.ExpiryMonth),
                    ExpiryYear = Number(form.ExpiryYear),
                    Cvc = form.Cvc ?? "",
                },
                IdempotencyKey = key,
            }, UserTokens.Authorization(viewer?.AccessToken), cancellationToken: cancellationToken);
            return new(PaymentResult.Done, FormErrors.None, key);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(BillingService.BillingServiceClient.Subscribe));
            return FailureOf(exception, key, PaymentFields, subscribing: true);
        }
    }

    public async Task<PaymentOutcome> ChangePlanAsync(ChangePlanForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var key = IdempotencyKeys.ForSubmit(form.IdempotencyKey);
        if (string.IsNullOrWhiteSpace(form.PlanId))
        {
            return new(PaymentResult.Refused, FormErrors.OnField("plan_id", BillingMessages.ChoosePlan), key);
        }

        var viewer = await tokens.ViewerAsync();
        try
        {
            await billing.ChangePlanAsync(new ChangePlanRequest
            {
                AccountId = viewer?.AccountId ?? "",
                PlanId = form.PlanId,
                IdempotencyKey = key,
            }, UserTokens.Authorization(viewer?.AccessToken), cancellationToken: cancellationToken);
            return new(PaymentResult.Done, FormErrors.None, key);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(BillingService.BillingServiceClient.ChangePlan));
            return FailureOf(exception, key, ChangePlanFields, subscribing: false);
        }
    }

    /// <summary>Idempotent on billing's side, so a repeated post is harmless and needs no key.</summary>
    public async Task<ServiceOutcome<Subscription>> CancelAsync(CancellationToken cancellationToken)
    {
        var viewer = await tokens.ViewerAsync();
        try
        {
            var subscription = await billing.CancelSubscriptionAsync(
                new CancelSubscriptionRequest { AccountId = viewer?.AccountId ?? "" },
                UserTokens.Authorization(viewer?.AccessToken), cancellationToken: cancellationToken);
            return ServiceOutcome<Subscription>.Success(subscription);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(BillingService.BillingServiceClient.CancelSubscription));
            return ServiceOutcome<Subscription>.Failed(ServiceAnswers.IsAnswer(exception.StatusCode)
                ? ServiceAnswers.DetailOr(exception, BillingMessages.Unavailable)
                : BillingMessages.Unavailable);
        }
    }

    /// <summary>
    /// No answer: the processor message, same key. A FailedPrecondition naming no field on
    /// Subscribe is the active subscription rule. Any other answer: its field errors and message.
    /// </summary>
    public static PaymentOutcome FailureOf(RpcException exception, string key, IReadOnlyCollection<string> formFields, bool subscribing)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var next = IdempotencyKeys.AfterFailure(key, exception.StatusCode);
        if (!ServiceAnswers.IsAnswer(exception.StatusCode))
        {
            return new(PaymentResult.Unknown, FormErrors.Of(BillingMessages.ProcessorUnavailable), next);
        }

        if (subscribing && exception.StatusCode == StatusCode.FailedPrecondition && exception.FieldViolations().Count == 0)
        {
            return new(PaymentResult.AlreadySubscribed,
                FormErrors.Of(ServiceAnswers.DetailOr(exception, BillingMessages.AlreadySubscribed)), next);
        }

        return new(PaymentResult.Refused,
            FormErrors.FromViolations(exception, formFields, ServiceAnswers.DetailOr(exception, BillingMessages.Unavailable), PaymentFieldAliases),
            next);
    }

    // Not a number is sent as 0, which billing refuses with its own message next to the field.
    private static int Number(string? text) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;

    private void Log(RpcException exception, string method) =>
        logger.LogWarning("Billing {Method} failed with {StatusCode}: {Detail}", method, exception.StatusCode, exception.Status.Detail);
}
