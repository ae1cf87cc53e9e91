using Google.Protobuf.Reflection;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>Every RPC the services' contracts declare, read from the generated FileDescriptors.</summary>
public static class ContractRpcs
{
    /// <summary>
    /// Browsing and playback before accounts and billing: billing's calls change the owner's plan
    /// (a downgrade, a cancellation), which must not be what playback sees.
    /// </summary>
    public static readonly FileDescriptor[] Files =
        [
            Streamflix.Catalog.Contracts.CatalogReflection.Descriptor,
            Streamflix.Encoder.Contracts.EncoderReflection.Descriptor,
            Streamflix.Recommendations.Contracts.RecommendationsReflection.Descriptor,
            Streamflix.Playback.Contracts.PlaybackReflection.Descriptor,
            Streamflix.Accounts.Contracts.AccountsReflection.Descriptor,
            Streamflix.Billing.Contracts.BillingReflection.Descriptor,
        ];

    public static IReadOnlyList<MethodDescriptor> All => [.. Files.SelectMany(file => file.Services).SelectMany(service => service.Methods)];

    public static string Key(MethodDescriptor rpc) => RpcPolicies.Key(rpc.Service.FullName, rpc.Name);

    /// <summary>The AppHost resource serving a package: "streamflix.{resource}.v1".</summary>
    public static string Resource(MethodDescriptor rpc) => rpc.File.Package.Split('.')[1];
}
