namespace Streamflix.Catalog.Caching;

/// <summary>
/// "Drop these tags", sent from the replica that changed a title to every other replica. The sender
/// is named so that it can skip its own message (it has already invalidated).
/// </summary>
public sealed record CacheInvalidationMessage(string SenderId, IReadOnlyList<string> Tags)
{
    // Tags and ids never contain a line break (ids are slugs), so lines frame the fields.
    private const char Separator = '\n';

    public string Format() => string.Join(Separator, [SenderId, .. Tags]);

    public static CacheInvalidationMessage? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split(Separator);
        var tags = parts.Skip(1).Where(tag => tag.Length > 0).ToList();
        return parts[0].Length == 0 || tags.Count == 0 ? null : new CacheInvalidationMessage(parts[0], tags);
    }
}
