using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Streamflix.Recommendations.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the service (whose start-up
/// migrates a real database). The connection string is never opened.
/// </summary>
public sealed class RecommendationsDbContextDesignFactory : IDesignTimeDbContextFactory<RecommendationsDbContext>
{
    public RecommendationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RecommendationsDbContext>()
            .UseNpgsql("Host=localhost;Database=recommendationsdb")
            .Options);
}
