using Streamflix.Catalog.Caching;

namespace Streamflix.Catalog.Tests;

public sealed class CacheInvalidationMessageTests
{
    [Fact]
    public void A_message_reads_back_as_the_sender_and_tags_it_was_made_of()
    {
        var tags = CatalogCacheKeys.TagsInvalidatedByTitleUpdate("the-long-night", ["drama", "thriller"]);
        var parsed = CacheInvalidationMessage.TryParse(new CacheInvalidationMessage("replica-1", tags).Format());

        Assert.NotNull(parsed);
        Assert.Equal("replica-1", parsed.SenderId);
        Assert.Equal(tags, parsed.Tags);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("replica-1")]
    [InlineData("\ntitle:x")]
    [InlineData("replica-1\n\n")]
    public void A_message_without_a_sender_or_without_tags_is_ignored(string? text) =>
        Assert.Null(CacheInvalidationMessage.TryParse(text));
}
