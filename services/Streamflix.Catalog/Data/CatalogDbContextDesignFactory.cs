using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Streamflix.Catalog.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the service (whose start-up
/// migrates and seeds a real database). The connection string is never opened.
/// </summary>
public sealed class CatalogDbContextDesignFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CatalogDbContext>()
            .UseNpgsql("Host=localhost;Database=catalogdb")
            .Options);
}
