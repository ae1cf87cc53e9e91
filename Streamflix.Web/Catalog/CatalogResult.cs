namespace Streamflix.Web.Catalog;

/// <summary>
/// A catalog answer or the reason there is none. Pages render every outcome instead of catching
/// exceptions, so one failing service never takes the page down. A plain record so that it can
/// be persisted from prerendering to the interactive circuit.
/// </summary>
public sealed record CatalogResult<T>(CatalogOutcome Outcome, T? Value, string? Message)
{
    public bool IsOk => Outcome == CatalogOutcome.Ok;
}

public static class CatalogResult
{
    public static CatalogResult<T> Ok<T>(T value) => new(CatalogOutcome.Ok, value, null);

    public static CatalogResult<T> Failed<T>(CatalogFailure failure) => new(failure.Outcome, default, failure.Message);
}
