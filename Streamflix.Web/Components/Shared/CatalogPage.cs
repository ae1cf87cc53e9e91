using Microsoft.AspNetCore.Components;

namespace Streamflix.Web.Components.Shared;

/// <summary>
/// A page that calls the catalog: its calls are cancelled when the viewer leaves the page or the
/// circuit closes, so that no work runs for a page nobody will see.
/// </summary>
public abstract class CatalogPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _leaving = new();

    protected CancellationToken Leaving => _leaving.Token;

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
        GC.SuppressFinalize(this);
    }
}
