using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Streamflix.AppHost.Services;

namespace Streamflix.AppHost.Tests;

public sealed class BuiltOutputLaunchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("streamflix-launch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_build_output_is_found_next_to_the_project_for_the_configuration_and_framework()
    {
        var project = Project("Shop", built: true, runtimeConfig: true);

        Assert.Equal(Path.Combine(_root, "Shop", "bin", "Release", "net10.0", "Shop.dll"),
            BuiltOutputLaunchExtensions.BuiltAssembly(project, "Release", "net10.0"));
        Assert.Null(BuiltOutputLaunchExtensions.BuiltAssembly(project, "Debug", "net10.0"));
    }

    [Fact]
    public void A_project_not_built_or_without_a_runtime_config_is_left_to_dotnet_run()
    {
        Assert.Null(BuiltOutputLaunchExtensions.BuiltAssembly(Project("Unbuilt", built: false, runtimeConfig: false), "Release", "net10.0"));
        Assert.Null(BuiltOutputLaunchExtensions.BuiltAssembly(Project("Library", built: true, runtimeConfig: false), "Release", "net10.0"));
    }

    [Fact]
    public void The_target_framework_is_the_apphosts_own_even_under_a_test_host()
    {
        // This test runs inside the test platform's host process, whose entry assembly is not net10.0; the
        // folder the AppHost assembly was built into (bin/<configuration>/<tfm>) names its framework.
        var builtInto = Path.GetFileName(Path.GetDirectoryName(typeof(BuiltOutputLaunchExtensions).Assembly.Location));

        Assert.Equal(builtInto, BuiltOutputLaunchExtensions.AppHostTargetFramework);
    }

    [Fact]
    public async Task Every_project_is_launched_as_dotnet_exec_of_its_output_unless_dotnet_run_is_asked_for()
    {
        var configuration = BuiltOutputLaunchExtensions.AppHostConfiguration;
        var framework = BuiltOutputLaunchExtensions.AppHostTargetFramework;
        var built = Project("Built", built: true, runtimeConfig: true, configuration, framework);
        var unbuilt = Project("Unbuilt", built: false, runtimeConfig: false, configuration, framework);

        Assert.Equal(["exec", BuiltOutputLaunchExtensions.BuiltAssembly(built)!], await LaunchToolArgsAsync(built, dotnetRun: false));
        Assert.Empty(await LaunchToolArgsAsync(unbuilt, dotnetRun: false));
        Assert.Null(await LaunchToolArgsOrNullAsync(built, dotnetRun: true));
    }

    private static async Task<IReadOnlyList<object>> LaunchToolArgsAsync(string projectPath, bool dotnetRun) =>
        await LaunchToolArgsOrNullAsync(projectPath, dotnetRun) ?? throw new InvalidOperationException("no launch tool arguments");

    /// <summary>
    /// The project's launch tool arguments as DCP would get them, or null when it has none. The annotation
    /// type is internal to Aspire 13.6, so it is found by name and its public callback invoked.
    /// </summary>
    private static async Task<IReadOnlyList<object>?> LaunchToolArgsOrNullAsync(string projectPath, bool dotnetRun)
    {
        var builder = DistributedApplication.CreateBuilder(dotnetRun ? ["Launch:DotnetRun=true"] : []);
        var project = builder.AddProject("svc", projectPath).Resource;
        builder.LaunchProjectsFromBuildOutput();

        var annotation = project.Annotations.LastOrDefault(a => a.GetType().Name == "LaunchToolArgsCallbackAnnotation");
        if (annotation?.GetType().GetProperty("Callback")?.GetValue(annotation) is not Func<CommandLineArgsCallbackContext, Task> callback)
        {
            return null;
        }

        var context = new CommandLineArgsCallbackContext([], project);
        await callback(context);
        return [.. context.Args];
    }

    private string Project(string name, bool built, bool runtimeConfig, string configuration = "Release", string framework = "net10.0")
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        var project = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var output = Directory.CreateDirectory(Path.Combine(folder, "bin", configuration, framework)).FullName;
        if (built)
        {
            File.WriteAllText(Path.Combine(output, name + ".dll"), "");
        }

        if (runtimeConfig)
        {
            File.WriteAllText(Path.Combine(output, name + ".runtimeconfig.json"), "{}");
        }

        return project;
    }
}
