using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// --quick: a short job (few iterations, in-process) so the whole set ends in a couple of minutes on a
// busy machine; the figures are then rougher but still side by side. Other arguments go to
// BenchmarkDotNet (e.g. --filter '*Steering*').
var quick = args.Contains("--quick");
var job = quick
    ? Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1)
    : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1);
var config = DefaultConfig.Instance
    .AddJob(job.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance))
    .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "streamflix-bench-micro"));
BenchmarkSwitcher.FromAssembly(typeof(Streamflix.Bench.Micro.SignedUrlBenchmarks).Assembly)
    .Run([.. args.Where(a => a != "--quick"), .. args.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)) ? [] : new[] { "--filter", "*" }], config);
