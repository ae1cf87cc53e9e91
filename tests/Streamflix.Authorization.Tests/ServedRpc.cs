using System.Reflection;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Streamflix.Authorization.Tests;

/// <summary>One RPC as a service serves it: its descriptor and the method that implements it (null when not overridden).</summary>
public sealed record ServedRpc(string Key, Type Implementation, MethodInfo? Method)
{
    /// <summary>
    /// Every RPC of every gRPC service implemented in <paramref name="assemblies"/>: a class whose base
    /// carries [BindServiceMethod] is a generated service base, and its declaring class holds the descriptor.
    /// </summary>
    public static IReadOnlyList<ServedRpc> In(IEnumerable<Assembly> assemblies) =>
        [.. assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.BaseType?.GetCustomAttribute<BindServiceMethodAttribute>() is not null)
            .SelectMany(implementation =>
            {
                var descriptor = (ServiceDescriptor)implementation.BaseType!.DeclaringType!
                    .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                return descriptor.Methods.Select(rpc => new ServedRpc(
                    RpcPoliciesKey(descriptor, rpc),
                    implementation,
                    implementation.GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)));
            })];

    private static string RpcPoliciesKey(ServiceDescriptor service, MethodDescriptor rpc) =>
        Streamflix.IntegrationTests.Authorization.RpcPolicies.Key(service.FullName, rpc.Name);
}
