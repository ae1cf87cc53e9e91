using System.Net;
using System.Text.RegularExpressions;

namespace Streamflix.Bench.Chaos;

/// <summary>
/// A viewer of the site with its own cookie jar, signed up through the site's server-rendered form
/// (with its antiforgery token), so that the home page is the signed-in one with the profile's rows.
/// </summary>
public sealed partial class SiteViewer(Uri site) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        UseProxy = false,
        AllowAutoRedirect = true,
    })
    { BaseAddress = site, Timeout = TimeSpan.FromSeconds(15) };

    public async Task SignUpAsync(CancellationToken cancellationToken)
    {
        var page = await _client.GetStringAsync("/signup", cancellationToken);
        var marker = page.IndexOf("name=\"_handler\" value=\"signup\"", StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException("no sign-up form on /signup");
        }

        var form = page[page.LastIndexOf("<form", marker, StringComparison.Ordinal)..page.IndexOf("</form>", marker, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(form))
        {
            if (input.Value.Contains("type=\"hidden\"", StringComparison.Ordinal) && Attribute(input.Value, "name") is { } name)
            {
                fields[name] = Attribute(input.Value, "value") ?? "";
            }
        }

        fields["Input.Email"] = $"chaos-site-{Guid.NewGuid():N}@example.test";
        fields["Input.Password"] = "correct-horse-42";
        fields["Input.DisplayName"] = "Chaos Viewer";
        var action = FormAction().Match(form) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : "/signup";
        using var response = await _client.PostAsync(action, new FormUrlEncodedContent(fields), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The home page: a success is a 200 with rows on it (live recommendations or the catalog's
    /// fallback rows); a page saying the catalog is unavailable is a failure the viewer sees.
    /// </summary>
    public async Task<(bool Succeeded, string? Error, string? Source)> HomeAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync("/", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (false, $"HTTP {(int)response.StatusCode}", null);
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var source = RowsSource().Match(html) is { Success: true } rows ? rows.Groups[1].Value : null;
        return source is null ? (false, "no rows on the page", null)
            : html.Contains("data-testid=\"home-row\"", StringComparison.Ordinal) || html.Contains("data-testid=\"genre-row\"", StringComparison.Ordinal)
                ? (true, null, source)
                : (false, "rows empty (catalog unavailable)", source);
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<form[^>]*\\saction=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("data-recommendations=\"([a-z]+)\"")]
    private static partial Regex RowsSource();

    public void Dispose() => _client.Dispose();
}
