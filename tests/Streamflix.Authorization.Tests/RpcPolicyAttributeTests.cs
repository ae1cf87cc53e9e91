using System.Reflection;
using Streamflix.IntegrationTests.Authorization;

namespace Streamflix.Authorization.Tests;

/// <summary>The policy table and the attributes on the implementing methods say the same thing, RPC by RPC.</summary>
public sealed class RpcPolicyAttributeTests
{
    private static readonly Assembly[] ServiceAssemblies =
        [
            typeof(Streamflix.Accounts.Grpc.AccountsGrpcService).Assembly,
            typeof(Streamflix.Billing.Grpc.BillingGrpcService).Assembly,
            typeof(Streamflix.Catalog.Grpc.CatalogGrpcService).Assembly,
            typeof(Streamflix.Encoder.Ingest.MediaIngestService).Assembly,
            typeof(Streamflix.Playback.Grpc.PlaybackGrpcService).Assembly,
            typeof(Streamflix.Recommendations.Grpc.RecommendationsGrpcService).Assembly,
        ];

    private static readonly IReadOnlyList<ServedRpc> Served = ServedRpc.In(ServiceAssemblies);

    [Fact]
    public void Every_service_assembly_serves_at_least_one_rpc()
    {
        var serving = Served.Select(rpc => rpc.Implementation.Assembly).Distinct().ToList();
        Assert.All(ServiceAssemblies, assembly => Assert.Contains(assembly, serving));
    }

    [Fact]
    public void Every_served_rpc_is_implemented_and_declared_and_the_table_names_nothing_else()
    {
        var notImplemented = Served.Where(rpc => rpc.Method is null).Select(rpc => rpc.Key).ToList();
        var undeclared = Served.Select(rpc => rpc.Key).Where(key => !RpcPolicies.Declared.ContainsKey(key)).ToList();
        var stale = RpcPolicies.Declared.Keys.Except(Served.Select(rpc => rpc.Key)).ToList();

        Assert.True(notImplemented.Count == 0, $"RPCs without an implementation: {string.Join(", ", notImplemented)}");
        Assert.True(undeclared.Count == 0, $"RPCs with no declared policy in RpcPolicies: {string.Join(", ", undeclared)}");
        Assert.True(stale.Count == 0, $"RpcPolicies names RPCs no service serves: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Each_declared_policy_matches_the_attributes_on_the_implementing_method()
    {
        var drift = Served
            .Where(rpc => rpc.Method is not null && RpcPolicies.Declared.ContainsKey(rpc.Key))
            .Select(rpc => (rpc.Key, Declared: RpcPolicies.Declared[rpc.Key], Actual: DeclaredAccessReader.Read(rpc.Method!)))
            .Where(rpc => DeclaredAccessReader.Expected(rpc.Declared) != rpc.Actual)
            .Select(rpc => $"{rpc.Key}: table says {rpc.Declared}, code has {rpc.Actual}")
            .ToList();

        Assert.True(drift.Count == 0, string.Join(Environment.NewLine, drift));
    }

    [Fact]
    public void The_reader_tells_the_three_attribute_shapes_apart()
    {
        // Guards the guard: if the reader saw every method alike, the drift test could never fail.
        Assert.Equal(DeclaredAccess.Anonymous, Read<Streamflix.Catalog.Grpc.CatalogGrpcService>("ListGenres"));
        Assert.Equal(DeclaredAccess.AdminRole, Read<Streamflix.Catalog.Grpc.CatalogGrpcService>("UpdateTitle"));
        Assert.Equal(DeclaredAccess.AuthenticatedByFallback, Read<Streamflix.Billing.Grpc.BillingGrpcService>("GetCustomer"));
        Assert.Equal(DeclaredAccess.SomethingElse, Read<Shapes>(nameof(Shapes.Contradictory)));
    }

    private static DeclaredAccess Read<T>(string method) =>
        DeclaredAccessReader.Read(typeof(T).GetMethod(method, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)!);

    private sealed class Shapes
    {
        [Microsoft.AspNetCore.Authorization.AllowAnonymous]
        [Microsoft.AspNetCore.Authorization.Authorize(Roles = "admin")]
        public void Contradictory()
        {
        }
    }
}
