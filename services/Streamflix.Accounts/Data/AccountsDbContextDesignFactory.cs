using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Streamflix.Accounts.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the service (whose start-up
/// migrates a real database and seeds the administrator). The connection string is never opened.
/// </summary>
public sealed class AccountsDbContextDesignFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountsDbContext>()
            .UseNpgsql("Host=localhost;Database=accountsdb")
            .Options);
}
