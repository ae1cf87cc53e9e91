using Streamflix.Encoder.Events;

namespace Streamflix.Encoder.Encoding;

/// <summary>Describes a rendition ffmpeg wrote: measured bandwidth, and size and codec as ffprobe sees the first segment.</summary>
public sealed class RenditionInspector(MediaProber prober)
{
    /// <returns>The rendition, or null with a reason when its output is unusable.</returns>
    public async Task<(Rendition? Rendition, string? Problem)> InspectAsync(
        string ladderDirectory, string name, double frameRate, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(ladderDirectory, name);
        var playlistPath = Path.Combine(directory, LadderArguments.PlaylistName);
        if (!File.Exists(playlistPath))
        {
            return (null, $"rendition {name}: ffmpeg wrote no playlist");
        }

        var playlist = MediaPlaylistReader.Parse(await File.ReadAllTextAsync(playlistPath, cancellationToken));
        if (playlist.Segments.Count == 0 || !playlist.HasEndList)
        {
            return (null, $"rendition {name}: the playlist is empty or unfinished");
        }

        var measured = new List<(double, long)>(playlist.Segments.Count);
        foreach (var segment in playlist.Segments)
        {
            var file = new FileInfo(Path.Combine(directory, segment.Uri));
            if (!file.Exists)
            {
                return (null, $"rendition {name}: segment {segment.Uri} is missing");
            }

            measured.Add((segment.DurationSeconds, file.Length));
        }

        var probe = await prober.ProbeAsync(Path.Combine(directory, playlist.Segments[0].Uri), cancellationToken);
        if (probe?.Video is not { } video)
        {
            return (null, $"rendition {name}: ffprobe finds no video in {playlist.Segments[0].Uri}");
        }

        var bandwidth = RenditionBandwidth.Measure(measured);
        var codecs = $"{CodecString.Avc(video.Profile, video.Level)},{CodecString.AacLowComplexity}";
        return (new Rendition(
            name, video.Width, video.Height, bandwidth.Peak, bandwidth.Average, codecs, frameRate,
            $"{name}/{LadderArguments.PlaylistName}"), null);
    }
}
