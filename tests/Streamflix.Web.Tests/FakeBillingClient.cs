using Grpc.Core;
using Streamflix.Billing.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>An in-process stand-in for billing, in the manner of <see cref="FakeAccountsClient"/>.</summary>
internal sealed class FakeBillingClient : BillingService.BillingServiceClient
{
    public Func<ListPlansRequest, ListPlansResponse> OnListPlans { get; set; } = _ => BillingSamples.Plans();
    public Func<SubscribeRequest, SubscribeResponse> OnSubscribe { get; set; } = _ => throw Unset();
    public Func<ChangePlanRequest, SubscribeResponse> OnChangePlan { get; set; } = _ => throw Unset();
    public Func<CancelSubscriptionRequest, Subscription> OnCancel { get; set; } = _ => throw Unset();
    public Func<GetSubscriptionRequest, Subscription> OnGetSubscription { get; set; } = _ => throw FakeUnaryCall.Failure(StatusCode.NotFound, "never subscribed");
    public Func<GetEntitlementRequest, Entitlement> OnGetEntitlement { get; set; } = request => new Entitlement { AccountId = request.AccountId };
    public Func<ListInvoicesRequest, ListInvoicesResponse> OnListInvoices { get; set; } = _ => new ListInvoicesResponse();

    public List<(string Method, object Request, string? Authorization)> Calls { get; } = [];

    public IEnumerable<T> Requests<T>() => Calls.Select(call => call.Request).OfType<T>();

    public override AsyncUnaryCall<ListPlansResponse> ListPlansAsync(ListPlansRequest request, CallOptions options) =>
        Record(nameof(ListPlans), request, options, () => OnListPlans(request));

    public override AsyncUnaryCall<SubscribeResponse> SubscribeAsync(SubscribeRequest request, CallOptions options) =>
        Record(nameof(Subscribe), request, options, () => OnSubscribe(request));

    public override AsyncUnaryCall<SubscribeResponse> ChangePlanAsync(ChangePlanRequest request, CallOptions options) =>
        Record(nameof(ChangePlan), request, options, () => OnChangePlan(request));

    public override AsyncUnaryCall<Subscription> CancelSubscriptionAsync(CancelSubscriptionRequest request, CallOptions options) =>
        Record(nameof(CancelSubscription), request, options, () => OnCancel(request));

    public override AsyncUnaryCall<Subscription> GetSubscriptionAsync(GetSubscriptionRequest request, CallOptions options) =>
        Record(nameof(GetSubscription), request, options, () => OnGetSubscription(request));

    public override AsyncUnaryCall<Entitlement> GetEntitlementAsync(GetEntitlementRequest request, CallOptions options) =>
        Record(nameof(GetEntitlement), request, options, () => OnGetEntitlement(request));

    public override AsyncUnaryCall<ListInvoicesResponse> ListInvoicesAsync(ListInvoicesRequest request, CallOptions options) =>
        Record(nameof(ListInvoices), request, options, () => OnListInvoices(request));

    private AsyncUnaryCall<T> Record<T>(string method, object request, CallOptions options, Func<T> respond)
    {
        Calls.Add((method, request, FakeAccountsClient.AuthorizationOf(options)));
        return FakeUnaryCall.Answer(respond);
    }

    private static RpcException Unset() => FakeUnaryCall.Failure(StatusCode.Unimplemented, "not set up in this test");
}
