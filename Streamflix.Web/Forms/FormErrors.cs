using Grpc.Core;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Web.Forms;

/// <summary>
/// What a form shows after a refused submit: messages next to the fields they name, and one
/// message at the top for everything that belongs to no field on the form.
/// </summary>
public sealed record FormErrors(IReadOnlyDictionary<string, string> Fields, string? Message)
{
    public static readonly FormErrors None = new(new Dictionary<string, string>(), null);

    public bool Any => Fields.Count > 0 || Message is not null;

    public string? For(string field) => Fields.GetValueOrDefault(field);

    public static FormErrors Of(string message) => new(new Dictionary<string, string>(), message);

    public static FormErrors OnField(string field, string message) => new(new Dictionary<string, string> { [field] = message }, null);

    /// <summary>
    /// Puts each field violation the server attached next to its field on the form. Field names
    /// are the contract's (request fields, possibly nested as "card.number"); <paramref name="aliases"/>
    /// maps the ones whose form field has another name. A violation for a field the form does not
    /// show goes to the top message, so no refusal is ever silent. Without violations, the top
    /// message is <paramref name="message"/>.
    /// </summary>
    public static FormErrors FromViolations(
        RpcException exception,
        IReadOnlyCollection<string> formFields,
        string message,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var elsewhere = new List<string>();
        foreach (var (field, description) in exception.FieldViolations())
        {
            var name = aliases is not null && aliases.TryGetValue(field, out var alias) ? alias : field;
            if (!formFields.Contains(name))
            {
                elsewhere.Add(description);
            }
            else
            {
                // A password can break several rules at once; the viewer should read all of them.
                fields[name] = fields.TryGetValue(name, out var earlier) ? $"{earlier} {description}" : description;
            }
        }

        var top = elsewhere.Count > 0 ? string.Join(" ", elsewhere) : fields.Count == 0 ? message : null;
        return new FormErrors(fields, top);
    }

    /// <summary>The data-testid of a field's error element: "error-" and the field name in kebab case.</summary>
    public static string TestId(string field) => "error-" + field.Replace('_', '-');
}
