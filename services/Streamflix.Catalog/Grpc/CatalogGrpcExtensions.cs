namespace Streamflix.Catalog.Grpc;

public static class CatalogGrpcExtensions
{
    /// <summary>The catalog's endpoint options on top of AddGrpcServiceDefaults.</summary>
    public static IHostApplicationBuilder AddCatalogGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContractMemo>();   // contract messages built once per cached result
        builder.Services.AddGrpc()
            .AddServiceOptions<CatalogGrpcService>(options => options.Interceptors.Add<CatalogErrorInterceptor>());
        return builder;
    }
}
