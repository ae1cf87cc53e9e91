namespace Streamflix.Billing.Model;

/// <summary>A plan a customer can subscribe to: its monthly price and what it lets them watch.</summary>
public sealed record Plan(string Id, string Name, long PriceCents, string Currency, int MaxStreams, int MaxHeight);
