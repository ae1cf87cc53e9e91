using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.Accounts.Data;

public static class AccountsDataExtensions
{
    /// <summary>Connection name the AppHost passes as ConnectionStrings__accountsdb.</summary>
    public const string ConnectionName = "accountsdb";

    /// <summary>Postgres through EF Core (pooling, retries, health check and telemetry from Aspire).</summary>
    public static IHostApplicationBuilder AddAccountsData(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<AccountsDbContext>(ConnectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AccountRegistration>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<SessionTokens>();
        builder.Services.AddScoped<AccountStore>();
        builder.Services.AddScoped<ProfileStore>();
        builder.Services.AddScoped<AdminAccountSeeder>();
        return builder;
    }
}
