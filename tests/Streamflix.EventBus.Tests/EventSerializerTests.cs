using System.Text;

namespace Streamflix.EventBus.Tests;

public sealed class EventSerializerTests
{
    [Fact]
    public void Record_event_round_trips_with_type_id_and_priority()
    {
        var original = new EncodeRequested(Guid.NewGuid(), "/media/in.mp4", [240, 720]);

        var message = EventSerializer.Serialize(original, EventPriority.High);
        var copy = EventSerializer.Deserialize(message.Body.Span, typeof(EncodeRequested));

        Assert.Equal("EncodeRequested", message.Type);
        Assert.Equal(original.Id, message.Id);
        Assert.Equal(EventPriority.High, message.Priority);
        var decoded = Assert.IsType<EncodeRequested>(copy);
        Assert.Equal(original.Id, decoded.Id);
        Assert.Equal(original.OccurredAt, decoded.OccurredAt);
        Assert.Equal(original.TitleId, decoded.TitleId);
        Assert.Equal(original.Heights, decoded.Heights);
    }

    [Fact]
    public void Body_is_web_json_of_the_concrete_type_even_through_the_base_type()
    {
        IntegrationEvent asBase = new TitleViewed(Guid.NewGuid());

        var json = Encoding.UTF8.GetString(EventSerializer.Serialize(asBase).Body.Span);

        Assert.Contains("\"titleId\":", json);
        Assert.Contains("\"id\":", json);
        Assert.Equal("TitleViewed", EventSerializer.Serialize(asBase).Type);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public void Body_that_is_not_the_event_is_poison(string body)
    {
        Assert.Null(EventSerializer.Deserialize(Encoding.UTF8.GetBytes(body), typeof(TitleViewed)));
    }
}
