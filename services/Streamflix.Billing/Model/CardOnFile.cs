namespace Streamflix.Billing.Model;

/// <summary>
/// All this service keeps of a card: its brand and last four digits. The full number and the cvc
/// are used for the one charge they came with and never stored.
/// </summary>
public sealed record CardOnFile(string Brand, string Last4);
