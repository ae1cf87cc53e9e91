using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.Billing.Data;

public static class BillingDataExtensions
{
    /// <summary>Connection name the AppHost passes as ConnectionStrings__billingdb.</summary>
    public const string ConnectionName = "billingdb";

    /// <summary>Postgres through EF Core (pooling, retries, health check and telemetry from Aspire).</summary>
    public static IHostApplicationBuilder AddBillingData(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<BillingDbContext>(ConnectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<BillingReader>();
        builder.Services.AddScoped<BillingWriter>();
        return builder;
    }
}
