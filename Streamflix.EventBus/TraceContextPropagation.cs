using System.Diagnostics;
using System.Text;

namespace Streamflix.EventBus;

/// <summary>
/// W3C trace context in AMQP headers, so a trace continues from publisher to handler. Uses
/// the runtime's propagator, which OpenTelemetry also honours.
/// </summary>
internal static class TraceContextPropagation
{
    public static void Inject(Activity? activity, IDictionary<string, object?> headers)
    {
        DistributedContextPropagator.Current.Inject(activity, headers, static (carrier, name, value) =>
        {
            if (carrier is IDictionary<string, object?> target)
            {
                target[name] = value;
            }
        });
    }

    /// <summary>The remote parent carried in the headers, or default when there is none.</summary>
    public static ActivityContext Extract(IDictionary<string, object?>? headers)
    {
        if (headers is null)
        {
            return default;
        }

        DistributedContextPropagator.Current.ExtractTraceIdAndState(headers,
            static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
            {
                values = null;
                value = carrier is IDictionary<string, object?> source && source.TryGetValue(name, out var raw)
                    ? AsString(raw)
                    : null;
            },
            out var traceParent, out var traceState);

        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }

    // Strings written as AMQP long strings are read back as UTF-8 bytes.
    private static string? AsString(object? raw) => raw switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        _ => null,
    };
}
