using Microsoft.JSInterop;

namespace Streamflix.Web.Tests;

/// <summary>The script runtime of a static render: there is none, and a page that calls it is wrong.</summary>
internal sealed class UnusedJSRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        throw new InvalidOperationException($"Static rendering runs no script, yet {identifier} was called.");

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
        throw new InvalidOperationException($"Static rendering runs no script, yet {identifier} was called.");
}
