using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Streamflix.EventBus.Tests;

public sealed class EventBusTopologyTests
{
    [Fact]
    public void Queues_are_named_after_the_subscription()
    {
        Assert.Equal("streamflix.catalog.retry", EventBusTopology.RetryQueueFor("streamflix.catalog"));
        Assert.Equal("streamflix.catalog.dead", EventBusTopology.DeadLetterQueueFor("streamflix.catalog"));
        Assert.Equal("EncodeRequested", EventBusTopology.RoutingKeyFor(typeof(EncodeRequested)));
    }

    [Fact]
    public void Main_queue_dead_letters_under_its_own_name_with_priorities()
    {
        var arguments = EventBusTopology.MainQueueArguments("streamflix.encoder", 9);

        Assert.Equal("streamflix.events.dlx", arguments["x-dead-letter-exchange"]);
        Assert.Equal("streamflix.encoder", arguments["x-dead-letter-routing-key"]);
        Assert.Equal(9, arguments["x-max-priority"]);
    }

    [Fact]
    public void Retry_queue_expires_back_into_the_main_queue_through_the_default_exchange()
    {
        var arguments = EventBusTopology.RetryQueueArguments("streamflix.encoder");

        Assert.Equal("", arguments["x-dead-letter-exchange"]);
        Assert.Equal("streamflix.encoder", arguments["x-dead-letter-routing-key"]);
    }

    [Fact]
    public void Subscription_name_defaults_to_the_lower_cased_application_name()
    {
        var options = BuildOptions(applicationName: "Streamflix.Catalog", configured: null);
        Assert.Equal("streamflix.catalog", options.SubscriptionName);
    }

    [Fact]
    public void Configured_subscription_name_and_limits_win()
    {
        var options = BuildOptions(applicationName: "Streamflix.Encoder", configured: new()
        {
            ["EventBus:SubscriptionName"] = "encoder",
            ["EventBus:PrefetchCount"] = "1",
            ["EventBus:RetryDelay"] = "00:00:00.050",
        });

        Assert.Equal("encoder", options.SubscriptionName);
        Assert.Equal(1, options.PrefetchCount);
        Assert.Equal(TimeSpan.FromMilliseconds(50), options.RetryDelay);
        Assert.Equal(5, options.MaxDeliveryAttempts);
    }

    [Fact]
    public void Publish_only_service_runs_no_consumer_and_a_subscriber_runs_one()
    {
        var publishOnly = Host.CreateApplicationBuilder(Settings("Streamflix.Web"));
        publishOnly.Configuration["ConnectionStrings:eventbus"] = "amqp://guest:guest@127.0.0.1:1";
        publishOnly.AddEventBus();
        using var publishOnlyHost = publishOnly.Build();

        var subscriber = Host.CreateApplicationBuilder(Settings("Streamflix.Catalog"));
        subscriber.Configuration["ConnectionStrings:eventbus"] = "amqp://guest:guest@127.0.0.1:1";
        subscriber.AddEventBus().AddSubscription<TitleViewed, NoOpHandler>().AddSubscription<TitleViewed, NoOpHandler>();
        using var subscriberHost = subscriber.Build();

        Assert.DoesNotContain(publishOnlyHost.Services.GetServices<IHostedService>(), s => s is EventConsumer);
        Assert.Single(subscriberHost.Services.GetServices<IHostedService>(), s => s is EventConsumer);
        Assert.NotNull(publishOnlyHost.Services.GetRequiredService<IEventPublisher>());
        Assert.Same(publishOnlyHost.Services.GetRequiredService<IEventPublisher>(),
            publishOnlyHost.Services.GetRequiredService<IEventMessagePublisher>());
    }

    private static EventBusOptions BuildOptions(string applicationName, Dictionary<string, string?>? configured)
    {
        var builder = Host.CreateApplicationBuilder(Settings(applicationName));
        builder.Configuration["ConnectionStrings:eventbus"] = "amqp://guest:guest@127.0.0.1:1";
        if (configured is not null)
        {
            builder.Configuration.AddInMemoryCollection(configured);
        }

        builder.AddEventBus();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<EventBusOptions>>().Value;
    }

    private static HostApplicationBuilderSettings Settings(string applicationName) => new()
    {
        ApplicationName = applicationName,
        DisableDefaults = true,
    };

    private sealed class NoOpHandler : IIntegrationEventHandler<TitleViewed>
    {
        public Task HandleAsync(TitleViewed integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
