using Google.Protobuf.Reflection;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Cases from the request message descriptors: every string field gets every hostile string, every
/// integer and double field every hostile number, nested messages (a payment card) field by field.
/// A new field in a contract is attacked without anyone listing it here.
/// </summary>
public static class RpcCaseGenerator
{
    public static IEnumerable<RpcCase> CasesFor(RpcTarget target) =>
        from field in ScalarFields(target.Method.InputType, prefix: "")
        from value in ValuesFor(field.Field)
        select new RpcCase(target, field.Path, value,
            MustReject: value.AlwaysInvalid || !target.FreeTextFields.Contains(field.Path));

    private static IEnumerable<(string Path, FieldDescriptor Field)> ScalarFields(MessageDescriptor message, string prefix)
    {
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            var path = prefix + field.Name;
            if (field.IsRepeated || field.IsMap)
            {
                continue;   // no request of ours has one; the message-size cases cover "huge" input
            }

            if (field.FieldType == FieldType.Message)
            {
                // Well-known wrappers (timestamps) are not used in requests; own messages are walked.
                if (!field.MessageType.FullName.StartsWith("google.", StringComparison.Ordinal))
                {
                    foreach (var nested in ScalarFields(field.MessageType, path + "."))
                    {
                        yield return nested;
                    }
                }

                continue;
            }

            yield return (path, field);
        }
    }

    private static IReadOnlyList<HostileValue> ValuesFor(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => HostileStrings.All,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.Int64 or FieldType.SInt64 => HostileNumbers.Int32,
        FieldType.Double or FieldType.Float => HostileNumbers.Double,
        _ => [],   // bools and bytes have no hostile value worth sending
    };
}
