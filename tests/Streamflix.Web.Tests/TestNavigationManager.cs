using Microsoft.AspNetCore.Components;

namespace Streamflix.Web.Tests;

/// <summary>The address a page sees when rendered outside a request.</summary>
internal sealed class TestNavigationManager : NavigationManager
{
    public TestNavigationManager() => Initialize("http://streamflix.test/", "http://streamflix.test/");

    protected override void NavigateToCore(string uri, NavigationOptions options) => Uri = ToAbsoluteUri(uri).ToString();
}
