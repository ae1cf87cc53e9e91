using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Streamflix.ServiceDefaults.Validation;

namespace Streamflix.ServiceDefaults.Tests.Validation;

public sealed class GrpcServerDefaultsTests
{
    private static GrpcServiceOptions OptionsIn(string environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.AddGrpcServiceDefaults();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<GrpcServiceOptions>>().Value;
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_errors_carry_no_exception_details(string environment) =>
        // With detailed errors on, an unhandled exception's message (SQL, paths, keys) reaches the caller.
        Assert.False(OptionsIn(environment).EnableDetailedErrors);

    [Fact]
    public void Development_shows_exception_details_to_the_developer() =>
        Assert.True(OptionsIn(Environments.Development).EnableDetailedErrors);

    [Fact]
    public void Every_service_gets_the_status_size_guard_outermost_then_the_text_guard()
    {
        var interceptors = OptionsIn(Environments.Production).Interceptors;

        // The size guard wraps everything, the text guard's refusals and the services' own interceptors included.
        Assert.Equal([typeof(StatusSizeGuard), typeof(RequestTextGuard)], interceptors.Take(2).Select(i => i.Type));
    }
}
