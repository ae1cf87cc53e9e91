namespace Streamflix.Catalog.Model;

/// <summary>The request breaks a rule of the catalog; the message names the field and the rule.</summary>
public sealed class CatalogValidationException(string message) : Exception(message);
