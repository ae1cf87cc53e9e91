using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class CodecStringTests
{
    [Theory]
    [InlineData("Main", 30, "avc1.4d401e")]
    [InlineData("High", 31, "avc1.64001f")]
    [InlineData("Main", 21, "avc1.4d4015")]
    [InlineData("High", 40, "avc1.640028")]
    [InlineData("Constrained Baseline", 30, "avc1.42e01e")]
    [InlineData("Baseline", 13, "avc1.42000d")]
    public void Profile_and_level_become_an_rfc6381_string(string profile, int level, string expected) =>
        Assert.Equal(expected, CodecString.Avc(profile, level));

    [Theory]
    [InlineData("Main 10", 30)]
    [InlineData(null, 30)]
    [InlineData("High", null)]
    [InlineData("High", 0)]
    public void Unknown_profiles_and_levels_are_refused(string? profile, int? level) =>
        Assert.Throws<ArgumentException>(() => CodecString.Avc(profile, level));
}
