using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Streamflix.ServiceDefaults;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Resilience;

namespace Microsoft.Extensions.Hosting;

public static class GrpcClientExtensions
{
    /// <summary>
    /// Registers the typed gRPC client of another Streamflix service, found by its AppHost
    /// resource name through service discovery (<c>http://_grpc.&lt;name&gt;</c>: the HTTP/2
    /// endpoint), and guarded by the gRPC-aware pipeline instead of the HTTP one. Retry safety is
    /// read from the contract's <c>idempotency_level</c> options. With <c>Chaos:Enabled</c>, calls carry
    /// the request's <c>x-streamflix-fault</c> scenario and rules naming <paramref name="serviceName"/>
    /// are injected innermost in the pipeline.
    /// </summary>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(
        this IHostApplicationBuilder builder,
        string serviceName,
        FileDescriptor contract,
        Action<GrpcClientPolicy>? configure = null) where TClient : ClientBase
    {
        var policy = new GrpcClientPolicy();
        builder.Configuration.GetSection($"GrpcClients:{serviceName}").Bind(policy);
        configure?.Invoke(policy);

        var chaosEnabled = builder.Configuration.GetValue<bool>($"{ChaosOptions.SectionName}:{nameof(ChaosOptions.Enabled)}");
        var idempotency = new GrpcMethodIdempotency(contract);
        var pipelineKey = $"grpc-{serviceName}";
        var circuit = new ClientCircuit(ServiceIdentity.ServiceName(builder.Configuration, builder.Environment), serviceName, policy);
        ClientCircuits.Register(circuit);

        builder.Services.AddResiliencePipeline(pipelineKey, (pipeline, context) =>
        {
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Streamflix.Grpc.Resilience");
            GrpcResiliencePipeline.Configure(pipeline, policy, circuit, logger, chaosEnabled);
        });

        // Built once per container: Polly's registry may run the builder twice when the first
        // calls race, and a circuit-breaker state provider can be attached to one breaker only
        // (the second build threw, failing the first concurrent calls of a fresh service).
        builder.Services.AddKeyedSingleton(pipelineKey, (services, _) =>
            services.GetRequiredService<Polly.Registry.ResiliencePipelineProvider<string>>().GetPipeline(pipelineKey));

        // RemoveAllResilienceHandlers is marked experimental, but it is the supported way to drop a
        // handler that ConfigureHttpClientDefaults added.
#pragma warning disable EXTEXP0001
        return builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_grpc.{serviceName}"))
            // The standard HTTP handler added by ConfigureHttpClientDefaults sees every gRPC
            // failure as a 200 and cuts streams after 10 s; the interceptor below replaces it.
            .RemoveAllResilienceHandlers()
            .AddInterceptor(() => new FaultHeaderInterceptor(chaosEnabled))
            .AddInterceptor(services => new GrpcResilienceInterceptor(
                services.GetRequiredKeyedService<Polly.ResiliencePipeline>(pipelineKey),
                circuit,
                policy,
                idempotency,
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                chaosEnabled));
#pragma warning restore EXTEXP0001
    }
}
