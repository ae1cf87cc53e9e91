namespace Streamflix.Playback.Model;

public sealed record PlayableRendition(string Name, int Width, int Height, int Bandwidth);
