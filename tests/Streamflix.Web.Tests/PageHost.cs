using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;

namespace Streamflix.Web.Tests;

/// <summary>
/// Renders a page under a cascading <see cref="HttpContext"/>, as static server rendering
/// supplies one: a cascading parameter cannot be passed as a plain parameter.
/// </summary>
internal sealed class PageHost : ComponentBase
{
    [Parameter]
    public HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Type Page { get; set; } = default!;

    [Parameter]
    public IReadOnlyDictionary<string, object?> PageParameters { get; set; } = new Dictionary<string, object?>();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<CascadingValue<HttpContext>>(0);
        builder.AddComponentParameter(1, nameof(CascadingValue<HttpContext>.Value), HttpContext);
        builder.AddComponentParameter(2, nameof(CascadingValue<HttpContext>.ChildContent), (RenderFragment)(page =>
        {
            page.OpenComponent(0, Page);
            page.AddMultipleAttributes(1, PageParameters!);
            page.CloseComponent();
        }));
        builder.CloseComponent();
    }
}
