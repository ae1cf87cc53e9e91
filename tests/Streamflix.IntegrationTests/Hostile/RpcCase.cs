using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>One RPC with one field (a dotted path for nested messages) set to one hostile value.</summary>
public sealed record RpcCase(RpcTarget Target, string FieldPath, HostileValue Value, bool MustReject)
{
    public string Name => $"{Target.Name} {FieldPath} = {Value.Label}";

    public IMessage BuildRequest()
    {
        var request = Target.Baseline();
        var message = request;
        var names = FieldPath.Split('.');
        for (var i = 0; i < names.Length - 1; i++)
        {
            var field = message.Descriptor.FindFieldByName(names[i]);
            var nested = (IMessage?)field.Accessor.GetValue(message);
            if (nested is null)
            {
                nested = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                field.Accessor.SetValue(message, nested);
            }

            message = nested;
        }

        var target = message.Descriptor.FindFieldByName(names[^1]);
        target.Accessor.SetValue(message, Convert(target, Value.Value));
        return request;
    }

    private static object Convert(FieldDescriptor field, object value) => field.FieldType switch
    {
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => System.Convert.ToInt64(value),
        _ => value,
    };
}
