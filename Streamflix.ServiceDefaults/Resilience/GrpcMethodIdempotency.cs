using Google.Protobuf.Reflection;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// Which methods are safe to repeat, read from the contract itself:
/// <c>option idempotency_level = NO_SIDE_EFFECTS</c> (or <c>IDEMPOTENT</c>) in the .proto.
/// </summary>
public sealed class GrpcMethodIdempotency
{
    private readonly HashSet<string> _idempotentMethods = new(StringComparer.Ordinal);

    public GrpcMethodIdempotency(params FileDescriptor[] contracts)
    {
        foreach (var file in contracts)
        {
            foreach (var service in file.Services)
            {
                foreach (var method in service.Methods)
                {
                    var level = method.GetOptions()?.IdempotencyLevel ?? MethodOptions.Types.IdempotencyLevel.IdempotencyUnknown;
                    if (level is MethodOptions.Types.IdempotencyLevel.NoSideEffects or MethodOptions.Types.IdempotencyLevel.Idempotent)
                    {
                        _idempotentMethods.Add(FullName(service.FullName, method.Name));
                    }
                }
            }
        }
    }

    public bool IsIdempotent(string serviceFullName, string methodName) =>
        _idempotentMethods.Contains(FullName(serviceFullName, methodName));

    private static string FullName(string service, string method) => $"/{service}/{method}";
}
