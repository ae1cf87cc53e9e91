namespace Streamflix.Origin.Storage;

public sealed class OriginOptions
{
    public const string SectionName = "Origin";

    public string DataPath { get; set; } = "./.origin-data";

    /// <summary>Compared with the <c>X-Origin-Key</c> header of writes; without it writes are switched off.</summary>
    public string? WriteKey { get; set; }

    /// <summary>Segments are a few MB; the cap stops one bad upload from filling the disk.</summary>
    public long MaxObjectBytes { get; set; } = 64L * 1024 * 1024;
}
