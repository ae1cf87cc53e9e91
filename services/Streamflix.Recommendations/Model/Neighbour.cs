namespace Streamflix.Recommendations.Model;

/// <summary>A title watched by the same profiles as a seed title; the weight counts those profiles.</summary>
public sealed record Neighbour(string TitleId, double Weight);
