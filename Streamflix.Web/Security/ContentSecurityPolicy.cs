namespace Streamflix.Web.Security;

/// <summary>
/// The site's Content-Security-Policy. What each source is for:
/// <list type="bullet">
/// <item>scripts: our own files (blazor.web.js, player.js, hls.js) and the nonce'd import map; no inline or eval.</item>
/// <item>connect: Blazor's websocket to this host, and hls.js's XHR for playlists and segments from the edges.</item>
/// <item>media: hls.js feeds the video element through MediaSource, which is a blob: URL; Safari-style
///   native HLS loads the edge URL itself.</item>
/// <item>workers: hls.js runs its transmuxer in a worker made from a blob: URL.</item>
/// <item>styles: our stylesheet, plus inline style attributes (poster gradients and progress bars are
///   computed per title); styles cannot run script, so this is the one relaxation.</item>
/// <item>frame-ancestors 'none': nobody may frame the site (clickjacking); form-action and base-uri 'self'.</item>
/// </list>
/// </summary>
public static class ContentSecurityPolicy
{
    public static string Build(string nonce, IEnumerable<string> mediaOrigins, string host, bool https)
    {
        ArgumentNullException.ThrowIfNull(mediaOrigins);
        var edges = string.Join(' ', mediaOrigins.Select(o => o.TrimEnd('/')).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        var edgeSources = edges.Length == 0 ? "" : " " + edges;
        // 'self' covers ws: for the same host in CSP Level 3 browsers; older ones need it spelled out.
        var websocket = $"{(https ? "wss" : "ws")}://{host}";

        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            $"connect-src 'self' {websocket}{edgeSources}",
            $"media-src 'self' blob:{edgeSources}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
