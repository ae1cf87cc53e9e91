using Streamflix.Accounts.Contracts;

namespace Streamflix.Bench.Chaos;

/// <summary>What every experiment works with: the graph, its resources, the load's record and the phase lengths.</summary>
public sealed class ExperimentContext(
    ChaosOptions options,
    StreamflixGraph graph,
    ResourceControl resources,
    FaultInjection faults,
    EventLedger ledger,
    LoadRecorder recorder)
{
    /// <summary>Bounded waits for something to come back (a resource healthy, events applied).</summary>
    public static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(3);

    public ChaosOptions Options { get; } = options;

    public StreamflixGraph Graph { get; } = graph;

    public ResourceControl Resources { get; } = resources;

    public FaultInjection Faults { get; } = faults;

    public EventLedger Ledger { get; } = ledger;

    public AccountsService.AccountsServiceClient Accounts => new(Graph.Channel("accounts"));

    /// <summary>Lets the load run for <paramref name="length"/> and returns the figures of that window.</summary>
    public async Task<PhaseStats> PhaseAsync(string name, TimeSpan length, CancellationToken cancellationToken)
    {
        var from = DateTimeOffset.UtcNow;
        await Task.Delay(length, cancellationToken);
        return Stats(name, from, DateTimeOffset.UtcNow);
    }

    public PhaseStats Stats(string name, DateTimeOffset from, DateTimeOffset to) => PhaseStats.Of(name, recorder.Between(from, to));

    /// <summary>A sign-up through the accounts contract: the account id when accounts acknowledged it (a committed write), else null.</summary>
    public async Task<Guid?> TrySignUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await Accounts.SignUpAsync(new SignUpRequest
            {
                Email = $"chaos-{Guid.NewGuid():N}@example.test",
                Password = "correct-horse-42",
                DisplayName = "Chaos Sign-up",
            }, deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: cancellationToken);
            return Guid.Parse(response.Account.Id);
        }
        catch (Grpc.Core.RpcException)
        {
            return null;
        }
    }
}
