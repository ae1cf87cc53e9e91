namespace Streamflix.Billing.Model;

/// <summary>One request field and what is wrong with it ("card.number", "plan_id", …).</summary>
public sealed record FieldViolation(string Field, string Message);
