using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Billing;

/// <summary>Reads the account page's data from accounts and billing at once, each call failing on its own.</summary>
public sealed class AccountOverviewReader(
    AccountsService.AccountsServiceClient accounts,
    BillingService.BillingServiceClient billing,
    UserTokens tokens,
    ILogger<AccountOverviewReader> logger)
{
    public async Task<AccountOverview> ReadAsync(CancellationToken cancellationToken)
    {
        var viewer = await tokens.ViewerAsync();
        var headers = UserTokens.Authorization(viewer?.AccessToken);
        var accountId = viewer?.AccountId ?? "";

        var account = Call(() => accounts.GetAccountAsync(new GetAccountRequest(), headers, cancellationToken: cancellationToken).ResponseAsync, "GetAccount");
        var plans = Call(() => billing.ListPlansAsync(new ListPlansRequest(), cancellationToken: cancellationToken).ResponseAsync, "ListPlans");
        var subscription = Call(() => billing.GetSubscriptionAsync(
            new GetSubscriptionRequest { AccountId = accountId }, headers, cancellationToken: cancellationToken).ResponseAsync, "GetSubscription");
        var entitlement = Call(() => billing.GetEntitlementAsync(
            new GetEntitlementRequest { AccountId = accountId }, headers, cancellationToken: cancellationToken).ResponseAsync, "GetEntitlement");
        var invoices = Call(() => billing.ListInvoicesAsync(
            new ListInvoicesRequest { AccountId = accountId }, headers, cancellationToken: cancellationToken).ResponseAsync, "ListInvoices");
        await Task.WhenAll(account, plans, subscription, entitlement, invoices);

        // Never having subscribed is a state, not a failure.
        var billingFailed = new[] { plans.Result.Failure, entitlement.Result.Failure, invoices.Result.Failure, subscription.Result.Failure }
            .Any(failure => failure is not null && failure.StatusCode != StatusCode.NotFound);
        return new AccountOverview(
            account.Result.Value,
            account.Result.Failure is null ? null : AccountMessages.Unavailable,
            plans.Result.Value?.Plans.Select(PlanOffer.From).ToList() ?? [],
            subscription.Result.Value,
            entitlement.Result.Value,
            invoices.Result.Value?.Invoices.ToList() ?? [],
            billingFailed ? BillingMessages.Unavailable : null);
    }

    private async Task<(T? Value, RpcException? Failure)> Call<T>(Func<Task<T>> call, string method) where T : class
    {
        try
        {
            return (await call(), null);
        }
        catch (RpcException exception)
        {
            if (exception.StatusCode != StatusCode.NotFound)
            {
                logger.LogWarning("{Method} for the account page failed with {StatusCode}: {Detail}", method, exception.StatusCode, exception.Status.Detail);
            }

            return (null, exception);
        }
    }
}
