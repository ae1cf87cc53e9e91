namespace Streamflix.Accounts.Model;

/// <summary>What is wrong with one request field; <see cref="Field"/> is the field's name in the contract.</summary>
public sealed record FieldMessage(string Field, string Message);
