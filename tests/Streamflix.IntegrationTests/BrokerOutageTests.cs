using Grpc.Core;
using Streamflix.Billing.Contracts;
using Xunit.Abstractions;

namespace Streamflix.IntegrationTests;

/// <summary>
/// The outbox at work: with RabbitMQ stopped, sign-ups still succeed (their events wait in the
/// accounts database); once it is back, every account reaches billing exactly once.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class BrokerOutageTests(StreamflixAppFixture fixture, ITestOutputHelper output)
{
    private const int Accounts = 20;
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Sign_ups_during_a_broker_outage_reach_billing_exactly_once_when_it_returns()
    {
        var app = fixture.App;
        await app.ResourceCommands.ExecuteCommandAsync("eventbus", KnownResourceCommands.StopCommand);
        var viewers = new List<Viewer>();
        try
        {
            await app.ResourceNotifications.WaitForResourceAsync("eventbus",
                e => e.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped" or "FailedToStart");
            for (var i = 0; i < Accounts; i++)
            {
                viewers.Add(await Viewers.SignUpAsync(fixture, "outage"));
            }

            var ids = viewers.Select(v => Guid.Parse(v.AccountId)).ToArray();
            var waiting = await EventCounts.AccountCreatedOutboxAsync(fixture, ids);
            Assert.Equal(Accounts, waiting.Count);
            output.WriteLine($"broker down: {Accounts} sign-ups succeeded, {waiting.Values.Count(e => !e.Published)} events pending in the outbox");
        }
        finally
        {
            await app.ResourceCommands.ExecuteCommandAsync("eventbus", KnownResourceCommands.StartCommand);
        }

        using var timeout = new CancellationTokenSource(RecoveryTimeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("eventbus", timeout.Token);
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        var billing = new BillingService.BillingServiceClient(fixture.Channel("billing"));
        foreach (var viewer in viewers)
        {
            await WaitForCustomerAsync(billing, viewer, timeout.Token);
        }

        output.WriteLine($"all {Accounts} customers in billing {restarted.Elapsed.TotalSeconds:F1} s after the broker was healthy again");

        var accountIds = viewers.Select(v => Guid.Parse(v.AccountId)).ToArray();
        var outbox = await EventCounts.AccountCreatedOutboxAsync(fixture, accountIds);
        var applied = await EventCounts.AppliedAccountCreatedAsync(fixture, accountIds);
        var customers = await EventCounts.BillingCustomersAsync(fixture, accountIds);
        output.WriteLine($"events stored {outbox.Count}, published {outbox.Values.Count(e => e.Published)}, " +
            $"applied {applied.Values.Sum()}, customers {customers.Values.Sum()}, duplicates applied {applied.Values.Sum(n => Math.Max(0, n - 1))}");

        Assert.Equal(Accounts, outbox.Count);
        Assert.All(outbox.Values, e => Assert.True(e.Published));
        Assert.Equal(Accounts, applied.Count);
        Assert.All(applied.Values, n => Assert.Equal(1, n));
        Assert.All(accountIds, id => Assert.Equal(1, customers.GetValueOrDefault(id)));
    }

    private static async Task WaitForCustomerAsync(BillingService.BillingServiceClient billing, Viewer viewer, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await billing.GetCustomerAsync(new GetCustomerRequest { AccountId = viewer.AccountId }, viewer.Auth,
                    cancellationToken: cancellationToken);
                return;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }
}
