using Streamflix.Web.Catalog;

namespace Streamflix.Web.Recommendations;

/// <summary>
/// One personalised row of the home page: <see cref="Kind"/> is the markup word of the row's
/// kind (RowKinds), <see cref="Title"/> its heading, the titles resolved to cards in order.
/// </summary>
public sealed record RecommendedRow(string Id, string Kind, string Title, IReadOnlyList<TitleSummary> Titles);
