namespace Streamflix.IntegrationTests.Authorization;

/// <summary>No graph needed: the table covers the contracts exactly.</summary>
public sealed class RpcPolicyTableTests
{
    [Fact]
    public void Every_rpc_in_the_contracts_has_a_declared_policy()
    {
        var undeclared = ContractRpcs.All.Select(ContractRpcs.Key).Where(key => !RpcPolicies.Declared.ContainsKey(key)).ToList();
        Assert.True(undeclared.Count == 0, $"Declare a policy in RpcPolicies for: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void The_table_names_no_rpc_the_contracts_do_not_have()
    {
        var stale = RpcPolicies.Declared.Keys.Except(ContractRpcs.All.Select(ContractRpcs.Key)).ToList();
        Assert.True(stale.Count == 0, $"RpcPolicies names RPCs no contract has: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Every_contract_service_is_served_by_a_resource_of_the_graph()
    {
        Assert.All(ContractRpcs.All, rpc => Assert.Contains(ContractRpcs.Resource(rpc), StreamflixAppFixture.Resources));
    }
}
