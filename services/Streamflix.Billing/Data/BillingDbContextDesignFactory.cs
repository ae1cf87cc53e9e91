using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Streamflix.Billing.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the service (whose start-up
/// migrates a real database). The connection string is never opened.
/// </summary>
public sealed class BillingDbContextDesignFactory : IDesignTimeDbContextFactory<BillingDbContext>
{
    public BillingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BillingDbContext>()
            .UseNpgsql("Host=localhost;Database=billingdb")
            .Options);
}
