using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Streamflix.Billing.Contracts;
using Streamflix.Billing.Data;
using Streamflix.Billing.Model;
using Streamflix.ServiceDefaults.Auth;
using Customer = Streamflix.Billing.Contracts.Customer;
using Entitlement = Streamflix.Billing.Model.Entitlement;
using PaymentCard = Streamflix.Billing.Model.PaymentCard;
using Subscription = Streamflix.Billing.Contracts.Subscription;

namespace Streamflix.Billing.Grpc;

/// <summary>
/// The BillingService contract: check the caller, validate, call the model, map. Every RPC but
/// ListPlans works on the caller's own account only. Errors: BillingErrorInterceptor.
/// </summary>
public sealed class BillingGrpcService(BillingReader reader, BillingWriter writer, TimeProvider clock)
    : BillingService.BillingServiceBase
{
    [AllowAnonymous]
    public override Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context) =>
        Task.FromResult(new ListPlansResponse { Plans = { PlanCatalogue.All.Select(plan => plan.ToContract()) } });

    public override async Task<Customer> GetCustomer(GetCustomerRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var customer = await reader.GetCustomerAsync(accountId, context.CancellationToken);
        return customer.ToContract();
    }

    public override async Task<SubscribeResponse> Subscribe(SubscribeRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var plan = PlanCatalogue.Require(request.PlanId);
        var card = PaymentCard.Validate(request.Card.ToModel(), clock.GetUtcNow());
        var idempotencyKey = IdempotencyKey.Require(request.IdempotencyKey);

        var result = await writer.SubscribeAsync(accountId, context.EmailOf(), plan, card, idempotencyKey, context.CancellationToken);
        return ToResponse(result);
    }

    public override async Task<SubscribeResponse> ChangePlan(ChangePlanRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var plan = PlanCatalogue.Require(request.PlanId);
        var idempotencyKey = IdempotencyKey.Require(request.IdempotencyKey);

        var result = await writer.ChangePlanAsync(accountId, plan, idempotencyKey, context.CancellationToken);
        return ToResponse(result);
    }

    public override async Task<Subscription> CancelSubscription(CancelSubscriptionRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var subscription = await writer.CancelAsync(accountId, context.CancellationToken);
        return subscription.ToContract(clock.GetUtcNow());
    }

    public override async Task<Subscription> GetSubscription(GetSubscriptionRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var subscription = await reader.FindSubscriptionAsync(accountId, context.CancellationToken)
            ?? throw BillingNotFoundException.Subscription();
        return subscription.ToContract(clock.GetUtcNow());
    }

    public override async Task<ListInvoicesResponse> ListInvoices(ListInvoicesRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var invoices = await reader.ListInvoicesAsync(accountId, context.CancellationToken);
        return new ListInvoicesResponse { Invoices = { invoices.Select(invoice => invoice.ToContract()) } };
    }

    public override async Task<Contracts.Entitlement> GetEntitlement(GetEntitlementRequest request, ServerCallContext context)
    {
        var accountId = context.RequireOwnAccount(request.AccountId);
        var subscription = await reader.FindSubscriptionAsync(accountId, context.CancellationToken);
        return Entitlement.Of(subscription, clock.GetUtcNow()).ToContract(accountId);
    }

    private SubscribeResponse ToResponse(ChargeResult result)
    {
        var response = new SubscribeResponse { Subscription = result.Subscription.ToContract(clock.GetUtcNow()) };
        if (result.Invoice is not null)
        {
            response.Invoice = result.Invoice.ToContract();
        }

        return response;
    }
}
