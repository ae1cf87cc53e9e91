using Streamflix.Edge.Http;

namespace Streamflix.Edge.Tests;

public sealed class ByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-99", 0, 99)]
    [InlineData("bytes=100-199", 100, 199)]
    [InlineData("bytes=900-", 900, 999)]
    [InlineData("bytes=900-5000", 900, 999)]
    [InlineData("bytes=-100", 900, 999)]
    [InlineData("bytes=-5000", 0, 999)]
    [InlineData("bytes=999-999", 999, 999)]
    [InlineData(" BYTES=10-19 ", 10, 19)]
    [InlineData("bytes=0-99999999999999999999999", 0, 999)]
    public void A_single_range_is_resolved_against_the_length(string header, long start, long end)
    {
        Assert.Equal(ByteRangeOutcome.Partial, ByteRange.Evaluate(header, 1000, out var range));
        Assert.Equal(new ByteRange(start, end), range);
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=1000-2000")]
    [InlineData("bytes=-0")]
    [InlineData("bytes=99999999999999999999999-")]
    public void A_range_outside_the_object_is_unsatisfiable(string header)
    {
        Assert.Equal(ByteRangeOutcome.Unsatisfiable, ByteRange.Evaluate(header, 1000, out _));
    }

    [Fact]
    public void Any_range_of_an_empty_object_is_unsatisfiable()
    {
        Assert.Equal(ByteRangeOutcome.Unsatisfiable, ByteRange.Evaluate("bytes=0-", 0, out _));
        Assert.Equal(ByteRangeOutcome.Unsatisfiable, ByteRange.Evaluate("bytes=-10", 0, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bytes=")]
    [InlineData("bytes=abc")]
    [InlineData("bytes=5")]
    [InlineData("bytes=-")]
    [InlineData("bytes=10-5")]
    [InlineData("bytes=+1-5")]
    [InlineData("bytes=1 0-20")]
    [InlineData("items=0-5")]
    [InlineData("bytes=0-1,5-9")]
    [InlineData("bytes = 0-5")]
    public void A_missing_malformed_or_multiple_range_means_the_whole_object(string? header)
    {
        Assert.Equal(ByteRangeOutcome.Full, ByteRange.Evaluate(header, 1000, out _));
    }

    [Fact]
    public void The_content_range_header_names_the_range_and_the_total()
    {
        Assert.Equal("bytes 0-99/1000", new ByteRange(0, 99).ToContentRange(1000));
        Assert.Equal(100, new ByteRange(0, 99).Length);
    }

    [Theory]
    [InlineData("\"abc\"", "\"abc\"", true)]
    [InlineData("W/\"abc\"", "\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", "\"abc\"", true)]
    [InlineData("*", "\"abc\"", true)]
    [InlineData("\"abd\"", "\"abc\"", false)]
    [InlineData(null, "\"abc\"", false)]
    public void If_none_match_uses_weak_comparison(string? header, string etag, bool hit)
    {
        Assert.Equal(hit, EntityTagMatch.NoneMatchHits(header, etag));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("\"abc\"", true)]
    [InlineData("\"old\"", false)]
    [InlineData("W/\"abc\"", false)]
    public void If_range_sends_a_range_only_for_the_same_version(string? header, bool allowed)
    {
        Assert.Equal(allowed, EntityTagMatch.IfRangeAllows(header, "\"abc\"", null));
    }
}
