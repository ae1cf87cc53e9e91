using Streamflix.EventBus.Tests.Broker;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>One Postgres cluster and one broker for all outbox tests, which run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class OutboxCollection : ICollectionFixture<LocalPostgres>, ICollectionFixture<LocalRabbitMQ>
{
    public const string Name = "outbox";
}
