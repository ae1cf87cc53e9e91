namespace Streamflix.Accounts.Grpc;

public static class AccountsGrpcExtensions
{
    /// <summary>The accounts endpoint's options on top of AddGrpcServiceDefaults.</summary>
    public static IHostApplicationBuilder AddAccountsGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc()
            .AddServiceOptions<AccountsGrpcService>(options => options.Interceptors.Add<AccountsErrorInterceptor>());
        return builder;
    }
}
