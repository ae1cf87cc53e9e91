namespace Streamflix.Origin.Storage;

public sealed class MediaPathOutsideStoreException(string requested)
    : InvalidOperationException($"'{requested}' resolves outside the media store.");
