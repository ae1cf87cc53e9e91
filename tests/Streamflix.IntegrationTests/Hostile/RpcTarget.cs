using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// One RPC to attack: where it is served, a factory of valid requests (hostile values replace one
/// field at a time, so each case tests exactly one field), the caller's headers, the database whose
/// rows a refused call must leave alone, and the fields that are free text (which may legitimately
/// hold markup, quotes or emoji; every other text field has a shape such as an id or a key).
/// </summary>
public sealed record RpcTarget(
    string Resource,
    MethodDescriptor Method,
    Func<IMessage> Baseline,
    Metadata? Headers,
    string? Database,
    IReadOnlySet<string> FreeTextFields)
{
    public string Name => $"{Method.Service.Name}/{Method.Name}";
}
