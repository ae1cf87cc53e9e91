using Streamflix.ServiceDefaults.Resilience;
using Streamflix.ServiceDefaults.Tests.Contract;

namespace Streamflix.ServiceDefaults.Tests;

public sealed class GrpcMethodIdempotencyTests
{
    private const string ThingsService = "streamflix.tests.resilience.Things";
    private const string OtherService = "streamflix.tests.resilience.Other";

    private readonly GrpcMethodIdempotency _idempotency = new(ResilienceTestReflection.Descriptor);

    [Theory]
    [InlineData("GetThing")]   // NO_SIDE_EFFECTS
    [InlineData("PutThing")]   // IDEMPOTENT
    [InlineData("WatchThings")] // NO_SIDE_EFFECTS, streaming
    public void Methods_marked_no_side_effects_or_idempotent_are_idempotent(string method)
    {
        Assert.True(_idempotency.IsIdempotent(ThingsService, method));
    }

    [Fact]
    public void A_method_without_idempotency_level_is_not_idempotent()
    {
        Assert.False(_idempotency.IsIdempotent(ThingsService, "CreateThing"));
    }

    [Fact]
    public void Idempotency_is_per_service_not_per_method_name()
    {
        // Other.GetThing has the same method name as Things.GetThing but no option.
        Assert.False(_idempotency.IsIdempotent(OtherService, "GetThing"));
    }

    [Fact]
    public void Names_match_the_generated_client_method_descriptors()
    {
        var get = ResilienceTestReflection.Descriptor.Services.Single(s => s.Name == "Things").FindMethodByName("GetThing");

        Assert.True(_idempotency.IsIdempotent(get.Service.FullName, get.Name));
    }

    [Theory]
    [InlineData("streamflix.tests.resilience.Nope", "GetThing")]
    [InlineData(ThingsService, "NoSuchMethod")]
    [InlineData("Things", "GetThing")]
    public void Unknown_services_and_methods_are_not_idempotent(string service, string method)
    {
        Assert.False(_idempotency.IsIdempotent(service, method));
    }

    [Fact]
    public void Without_contracts_nothing_is_idempotent()
    {
        var empty = new GrpcMethodIdempotency();

        Assert.False(empty.IsIdempotent(ThingsService, "GetThing"));
    }
}
