namespace Streamflix.Web.Catalog;

/// <summary>What became of a call to the catalog, in the terms a page renders.</summary>
public enum CatalogOutcome
{
    Ok,
    NotFound,
    Invalid,
    Unavailable,
}
