using Microsoft.AspNetCore.Components;

namespace Streamflix.Web.Components.Shared;

/// <summary>
/// A page rendered on the server for each request, without a circuit (static SSR): the pages that
/// sign in and out, or post payments, own the request and write the auth cookie through it.
/// Such pages also carry [ExcludeFromInteractiveRouting], which App.razor reads.
/// </summary>
public abstract class StaticPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    /// <summary>Cancelled when the browser abandons the request.</summary>
    protected CancellationToken Aborted => HttpContext.RequestAborted;
}
