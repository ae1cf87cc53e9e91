using System.Reflection;
using System.Runtime.Versioning;

namespace Streamflix.AppHost.Services;

/// <summary>
/// Runs each project from its build output (<c>dotnet exec bin/…/X.dll</c>) instead of Aspire's default
/// <c>dotnet run --no-build --project X.csproj</c>. <c>dotnet run</c> evaluates the project with MSBuild to
/// find what to run and then stays alive as the service's parent: measured here, about 140 MB of
/// resident memory and a second or so of CPU per service process, which with 15 processes was most of
/// the graph's idle memory and a good part of its start-up. The AppHost builds its projects before it
/// starts them (project references), so the output is there; when it is not (a project never built in
/// this configuration), that project falls back to <c>dotnet run</c>. <c>Launch:DotnetRun=true</c>
/// turns this off (what an IDE debugging session does anyway: it launches projects itself).
/// </summary>
public static class BuiltOutputLaunchExtensions
{
    public static IDistributedApplicationBuilder LaunchProjectsFromBuildOutput(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode || string.Equals(builder.Configuration["Launch:DotnetRun"], "true", StringComparison.OrdinalIgnoreCase))
        {
            return builder;
        }

        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            var projectPath = project.GetProjectMetadata().ProjectPath;
            // ASPIREEXTENSION001: launch tool arguments are marked for evaluation in Aspire 13.6; they are the
            // supported way to replace a project's `run` invocation, and the fallback keeps `dotnet run`.
#pragma warning disable ASPIREEXTENSION001
            builder.CreateResourceBuilder(project).WithLaunchToolArgs(context =>
            {
                if (BuiltAssembly(projectPath) is { } assembly)
                {
                    context.Args.Add("exec");
                    context.Args.Add(assembly);
                }
            });
#pragma warning restore ASPIREEXTENSION001
        }

        return builder;
    }

    /// <summary>
    /// <c>{project}/bin/{configuration}/{tfm}/{name}.dll</c> for the AppHost's own configuration and target
    /// framework (every project shares them through Directory.Build.props), or null when it is not built.
    /// </summary>
    public static string? BuiltAssembly(string projectPath) =>
        BuiltAssembly(projectPath, AppHostConfiguration, AppHostTargetFramework);

    public static string? BuiltAssembly(string projectPath, string configuration, string targetFramework)
    {
        var name = Path.GetFileNameWithoutExtension(projectPath);
        var assembly = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", configuration, targetFramework, name + ".dll");
        return File.Exists(assembly) && File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")) ? assembly : null;
    }

    public static string AppHostConfiguration =>
        typeof(BuiltOutputLaunchExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// The AppHost assembly's own target framework (net10.0), not <see cref="AppContext.TargetFrameworkName"/>:
    /// that one is the entry assembly's, which under <c>dotnet test</c> is the test platform's host (net8.0),
    /// so every project fell back to <c>dotnet run</c> in the integration tests.
    /// </summary>
    public static string AppHostTargetFramework
    {
        get
        {
            var declared = typeof(BuiltOutputLaunchExtensions).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName
                ?? ".NETCoreApp,Version=v10.0";
            var framework = new FrameworkName(declared);
            return $"net{framework.Version.Major}.{framework.Version.Minor}";
        }
    }
}
