namespace Streamflix.Web.Forms;

/// <summary>
/// What a call to a service produced for a page: the value, or the errors to show (next to form
/// fields, or as one message). Failures are results, not exceptions, so a page renders them all.
/// </summary>
public sealed record ServiceOutcome<T>(T? Value, FormErrors Errors) where T : class
{
    public bool Succeeded => Value is not null;

    public static ServiceOutcome<T> Success(T value) => new(value, FormErrors.None);

    public static ServiceOutcome<T> Failed(FormErrors errors) => new(null, errors);

    public static ServiceOutcome<T> Failed(string message) => new(null, FormErrors.Of(message));
}
