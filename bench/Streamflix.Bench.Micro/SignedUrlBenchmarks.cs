using System.Text;
using BenchmarkDotNet.Attributes;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Bench.Micro;

/// <summary>The edge checks every media request's signature before anything else.</summary>
[MemoryDiagnoser]
public class SignedUrlBenchmarks
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes("micro-benchmark-signing-key-0123456789abcdef");
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private string _path = "";

    [GlobalSetup]
    public void Setup() =>
        _path = SignedMediaUrl.CreatePath(_key, "title-042", Guid.NewGuid().ToString("N"), _now.AddHours(1), 1080, "1080p/seg_00042.ts");

    [Benchmark]
    public SignedMediaVerification Verify() => SignedMediaUrl.Verify(_key, _path, _now);

    [Benchmark]
    public string Sign() => SignedMediaUrl.CreatePath(_key, "title-042", "0123456789abcdef0123456789abcdef", _now.AddHours(1), 1080);
}
