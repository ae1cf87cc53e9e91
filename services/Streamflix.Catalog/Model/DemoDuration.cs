namespace Streamflix.Catalog.Model;

/// <summary>How long a title's generated demo video is: stable per title, 20–60 s.</summary>
public static class DemoDuration
{
    public const int MinSeconds = 20;
    public const int MaxSeconds = 60;

    public static int For(string titleId, int configuredSeconds = 0)
    {
        if (configuredSeconds > 0)
        {
            return Math.Clamp(configuredSeconds, MinSeconds, MaxSeconds);
        }

        // FNV-1a: string.GetHashCode differs per process, and the length must not change between runs.
        var hash = 2166136261u;
        foreach (var c in titleId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return MinSeconds + (int)(hash % (MaxSeconds - MinSeconds + 1));
    }
}
