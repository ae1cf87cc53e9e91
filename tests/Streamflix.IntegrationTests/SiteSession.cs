using System.Net;
using System.Text.RegularExpressions;

namespace Streamflix.IntegrationTests;

/// <summary>
/// A browser without JavaScript: keeps cookies and submits the site's server-rendered forms with
/// their antiforgery token, as a viewer's first request (or a crawler) would.
/// </summary>
public sealed partial class SiteSession : IDisposable
{
    private readonly HttpClient _client;

    public SiteSession(StreamflixAppFixture fixture)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        _client = new HttpClient(handler) { BaseAddress = fixture.App.GetEndpoint("web", "http") };
    }

    /// <summary>Where the last response came from, after redirects.</summary>
    public Uri? Location { get; private set; }

    public async Task<string> GetAsync(string path, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request);
        Location = response.RequestMessage?.RequestUri;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GET without requiring success: the status (after redirects) and the body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> TryGetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Location = response.RequestMessage?.RequestUri;
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in through the site's form.</summary>
    public Task<string> SignInAsync(string email, string password) =>
        SubmitAsync("/signin", "signin", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Fills the form named <paramref name="formName"/> on <paramref name="page"/> and submits it.</summary>
    public async Task<string> SubmitAsync(string page, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var html = await GetAsync(page);
        var form = FormMarkup(html, formName);
        var values = HiddenInputs(form);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = FormAction().Match(form) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : page;
        using var response = await _client.PostAsync(action, new FormUrlEncodedContent(values));
        Location = response.RequestMessage?.RequestUri;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {action} ({formName}) answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return body;
    }

    public static string FormMarkup(string html, string formName)
    {
        var marker = html.IndexOf($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal);
        Assert.True(marker >= 0, $"no form '{formName}' on the page");
        var start = html.LastIndexOf("<form", marker, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", marker, StringComparison.Ordinal);
        return html[start..end];
    }

    private static Dictionary<string, string> HiddenInputs(string form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
            {
                continue;
            }

            var name = Attribute(tag, "name");
            if (name is not null)
            {
                values[name] = Attribute(tag, "value") ?? "";
            }
        }

        return values;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<form[^>]*\\saction=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    public void Dispose() => _client.Dispose();
}
