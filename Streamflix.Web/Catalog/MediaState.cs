using System.Globalization;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Catalog;

/// <summary>Whether a title can be played yet, as the pages show it.</summary>
public sealed record MediaState(string Status, double Percent, string Label)
{
    public static readonly MediaState Unknown = new("none", 0, "No video yet");

    public bool IsPlayable => Status == "ready";

    public static MediaState From(TitleMedia? media) => media?.Status switch
    {
        MediaStatus.Ready => new("ready", 100, media.Renditions.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Ready · {media.Renditions.Count} qualities · {FormatDuration(media.DurationSeconds)}")
            : "Ready"),
        MediaStatus.Encoding => new("encoding", media.Percent,
            string.Create(CultureInfo.InvariantCulture, $"Encoding {Math.Floor(media.Percent):0} %")),
        MediaStatus.Queued => new("queued", 0, "Queued for encoding"),
        MediaStatus.Failed => new("failed", 0, string.IsNullOrWhiteSpace(media.FailureReason)
            ? "Encoding failed"
            : $"Encoding failed: {media.FailureReason}"),
        _ => Unknown,
    };

    public static string FormatDuration(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
