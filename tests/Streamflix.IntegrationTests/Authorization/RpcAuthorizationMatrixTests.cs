using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Xunit.Abstractions;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// Every RPC of every contract, called through the running graph by every kind of caller: only
/// the one the declared policy allows gets through. The counts go to the test output.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class RpcAuthorizationMatrixTests(StreamflixAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Only_the_legitimate_caller_gets_through_any_rpc()
    {
        var scene = await MatrixScene.CreateAsync(fixture);
        var requests = new MatrixRequests(fixture, scene);

        // Control: a token made the way the forgeries are, but honest, is accepted; so each forgery's
        // refusal is down to what was forged.
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var honest = await accounts.GetAccountAsync(new GetAccountRequest(), Viewer.Bearer(scene.Forged.Current(scene.Owner.AccountId)));
        Assert.Equal(scene.Owner.AccountId, honest.Id);

        var rpcs = ContractRpcs.All;
        var cases = 0;
        var unauthorizedSuccesses = new List<string>();
        var mismatches = new List<string>();
        foreach (var rpc in rpcs)
        {
            var key = ContractRpcs.Key(rpc);
            Assert.True(RpcPolicies.Declared.TryGetValue(key, out var policy), $"{key} has no declared policy in RpcPolicies.");
            var row = new List<string>();
            foreach (var caller in MatrixRules.Callers)
            {
                var expected = MatrixRules.For(policy, caller);
                var status = await DynamicRpc.CallAsync(fixture.Channel(ContractRpcs.Resource(rpc)), rpc, await requests.ForAsync(rpc), scene.Headers(caller));
                cases++;
                row.Add($"{caller}={status.StatusCode}");
                if (MatrixRules.Matches(expected, status.StatusCode))
                {
                    continue;
                }

                var line = $"{key} [{policy}] {caller}: expected {expected}, got {status.StatusCode} \"{status.Detail}\"";
                mismatches.Add(line);
                if (expected != Expected.Served && !MatrixRules.IsRefusal(status.StatusCode) && status.StatusCode != StatusCode.NotFound)
                {
                    unauthorizedSuccesses.Add(line);
                }
            }

            output.WriteLine($"{key} [{policy}]: {string.Join(' ', row)}");
        }

        output.WriteLine(
            $"gRPC authorization matrix: {rpcs.Count} RPCs in {rpcs.Select(r => r.Service.FullName).Distinct().Count()} services × " +
            $"{MatrixRules.Callers.Length} callers = {cases} cases; unauthorized successes: {unauthorizedSuccesses.Count}; " +
            $"other mismatches: {mismatches.Count - unauthorizedSuccesses.Count}");
        Assert.True(unauthorizedSuccesses.Count == 0, "Unauthorized successes:\n" + string.Join('\n', unauthorizedSuccesses));
        Assert.True(mismatches.Count == 0, "Unexpected outcomes:\n" + string.Join('\n', mismatches));
    }
}
