namespace Streamflix.Billing.Grpc;

public static class BillingGrpcExtensions
{
    /// <summary>Billing's endpoint options on top of AddGrpcServiceDefaults.</summary>
    public static IHostApplicationBuilder AddBillingGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc()
            .AddServiceOptions<BillingGrpcService>(options => options.Interceptors.Add<BillingErrorInterceptor>());
        return builder;
    }
}
