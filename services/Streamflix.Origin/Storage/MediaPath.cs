using System.Diagnostics.CodeAnalysis;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Origin.Storage;

/// <summary>
/// An object in the store, <c>{titleId}/{relativePath}</c>, validated by the same rules as signed edge
/// paths so that everything an edge may ask for can be stored, and nothing else.
/// </summary>
public sealed record MediaPath(string TitleId, string RelativePath)
{
    public static bool TryCreate(string? titleId, string? relativePath, [NotNullWhen(true)] out MediaPath? path)
    {
        path = MediaPathRules.IsValidTitleId(titleId) && MediaPathRules.IsValidRelativePath(relativePath)
            ? new MediaPath(titleId, relativePath)
            : null;
        return path is not null;
    }

    public override string ToString() => $"{TitleId}/{RelativePath}";
}
