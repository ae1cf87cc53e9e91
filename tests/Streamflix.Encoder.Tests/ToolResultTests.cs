using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class ToolResultTests
{
    [Fact]
    public void Failure_reason_keeps_the_end_of_stderr_within_500_characters()
    {
        var lines = Enumerable.Range(0, 15).Select(i => $"line {i}: " + new string('x', 60)).ToList();

        var reason = new ToolResult(1, lines).FailureReason("ffmpeg");

        Assert.Equal(ToolResult.MaxReasonLength, reason.Length);
        Assert.EndsWith("line 14: " + new string('x', 60), reason);
        Assert.StartsWith("…", reason);
    }

    [Fact]
    public void Failure_reason_without_stderr_names_the_exit_code() =>
        Assert.Equal("ffmpeg exited with code 234", new ToolResult(234, []).FailureReason("ffmpeg"));
}
