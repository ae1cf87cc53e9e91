using System.Text.RegularExpressions;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Playback.Model;

/// <summary>
/// The checks on request fields, with the field names of the contract, so that a bad request is
/// refused with InvalidArgument before anything is asked of another service.
/// </summary>
public static partial class PlaybackInput
{
    /// <summary>A player may report a little past the end (rounding, the last segment's padding).</summary>
    public const double PositionToleranceSeconds = 5;

    public const int MaxRenditionHeight = 8640;

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeNamePattern();

    public static (Guid ProfileId, string TitleId, string? Region) StartRequest(string profileId, string titleId, string region)
    {
        var violations = new List<FieldViolation>();
        var profile = ParseProfileId(profileId, violations);
        if (!MediaPathRules.IsValidTitleId(titleId))
        {
            violations.Add(new("title_id", "title_id must be a title's id (lower-case letters, digits and '-')."));
        }

        var normalizedRegion = string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToLowerInvariant();
        if (normalizedRegion is not null && !RegionPattern().IsMatch(normalizedRegion))
        {
            violations.Add(new("region", "region must be a region name such as \"eu-west\" (or empty for the default)."));
        }

        ThrowIfAny(violations);
        return (profile, titleId, normalizedRegion);
    }

    public static Guid ProfileId(string profileId)
    {
        var violations = new List<FieldViolation>();
        var profile = ParseProfileId(profileId, violations);
        ThrowIfAny(violations);
        return profile;
    }

    /// <summary>Session ids are the ones StartPlayback issues: 32 hex digits.</summary>
    public static Guid SessionId(string sessionId) =>
        Guid.TryParseExact(sessionId, "N", out var id)
            ? id
            : throw PlaybackValidationException.For("session_id", "session_id must be the id StartPlayback returned.");

    /// <summary>A position inside the title: not negative, a real number, at most a little past the end.</summary>
    public static double Position(double positionSeconds, double durationSeconds)
    {
        if (double.IsNaN(positionSeconds) || double.IsInfinity(positionSeconds) || positionSeconds < 0)
        {
            throw PlaybackValidationException.For("position_seconds", "position_seconds must be a number of seconds, 0 or more.");
        }

        if (durationSeconds > 0 && positionSeconds > durationSeconds + PositionToleranceSeconds)
        {
            throw PlaybackValidationException.For("position_seconds",
                $"position_seconds is past the end of the title ({durationSeconds:0.###} s).");
        }

        return Math.Min(positionSeconds, durationSeconds > 0 ? durationSeconds : positionSeconds);
    }

    public static (int RenditionHeight, int RebufferCount, string? Edge) HeartbeatDetails(int renditionHeight, int rebufferCount, string edge)
    {
        var violations = new List<FieldViolation>();
        if (renditionHeight is < 0 or > MaxRenditionHeight)
        {
            violations.Add(new("rendition_height", $"rendition_height must be between 0 and {MaxRenditionHeight}."));
        }

        if (rebufferCount < 0)
        {
            violations.Add(new("rebuffer_count", "rebuffer_count must be 0 or more."));
        }

        var edgeName = string.IsNullOrEmpty(edge) ? null : edge;
        if (edgeName is not null && !EdgeNamePattern().IsMatch(edgeName))
        {
            violations.Add(new("edge", "edge must be the name of an edge from the manifest."));
        }

        ThrowIfAny(violations);
        return (renditionHeight, rebufferCount, edgeName);
    }

    /// <summary>0 means the default; otherwise 1..max.</summary>
    public static int Limit(int limit, int max, int defaultLimit)
    {
        if (limit == 0)
        {
            return defaultLimit;
        }

        return limit is >= 1 && limit <= max
            ? limit
            : throw PlaybackValidationException.For("limit", $"limit must be between 1 and {max} (0 means {defaultLimit}).");
    }

    private static Guid ParseProfileId(string profileId, List<FieldViolation> violations)
    {
        if (Guid.TryParse(profileId, out var id))
        {
            return id;
        }

        violations.Add(new("profile_id", "profile_id must be a profile's uuid."));
        return Guid.Empty;
    }

    private static void ThrowIfAny(List<FieldViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new PlaybackValidationException(violations);
        }
    }
}
