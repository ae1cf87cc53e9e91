namespace Streamflix.Web.Security;

/// <summary>Configuration section "Security": what the site's policy must let through besides itself.</summary>
public sealed class SiteSecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Origins (scheme://host:port) of the CDN edges the player fetches playlists and segments from.
    /// The AppHost passes each edge's public endpoint; in production these are the CDN's hostnames.
    /// </summary>
    public string[] MediaOrigins { get; set; } = [];
}
