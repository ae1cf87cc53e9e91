using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Streamflix.Playback.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the service (whose start-up
/// migrates a real database). The connection string is never opened.
/// </summary>
public sealed class PlaybackDbContextDesignFactory : IDesignTimeDbContextFactory<PlaybackDbContext>
{
    public PlaybackDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlaybackDbContext>()
            .UseNpgsql("Host=localhost;Database=playbackdb")
            .Options);
}
