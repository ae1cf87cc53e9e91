namespace Streamflix.Web.Accounts;

/// <summary>
/// Where to go after signing in. Only a path on this site is followed: anything else
/// ("https://evil.example", "//evil.example", "/\evil.example") would make the sign-in page an
/// open redirect that lends our address to a phishing link.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');

    public static string OrHome(string? url) => IsLocal(url) ? url! : Home;
}
