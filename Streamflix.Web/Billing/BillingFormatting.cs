using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Streamflix.Billing.Contracts;

namespace Streamflix.Web.Billing;

/// <summary>How prices, qualities, dates and cards read on the plan and account pages.</summary>
public static class BillingFormatting
{
    /// <summary>"€12.99": whole cents, the currency's sign in front when we know it, its code after when we do not.</summary>
    public static string Money(long cents, string? currency)
    {
        var amount = (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        return (currency ?? "").ToUpperInvariant() switch
        {
            "EUR" => $"€{amount}",
            "USD" => $"${amount}",
            "GBP" => $"£{amount}",
            "" => amount,
            var code => $"{amount} {code}",
        };
    }

    public static string MonthlyPrice(long cents, string? currency) => $"{Money(cents, currency)}/month";

    /// <summary>The highest rendition a plan plays: "480p", "720p", "1080p", "4K".</summary>
    public static string Quality(int maxHeight) => maxHeight switch
    {
        >= 2160 => "4K",
        > 0 => $"{maxHeight}p",
        _ => "—",
    };

    public static string Streams(int maxStreams) => maxStreams == 1 ? "1 screen at a time" : $"{maxStreams} screens at a time";

    public static string Date(Timestamp? timestamp) =>
        timestamp is null ? "—" : timestamp.ToDateTimeOffset().ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Status(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Active => "Active",
        SubscriptionStatus.Canceling => "Cancelled — active until the end of the period",
        SubscriptionStatus.Ended => "Ended",
        _ => "Unknown",
    };

    /// <summary>"Visa •••• 4242"; "—" when no card is on file.</summary>
    public static string Card(string? brand, string? last4)
    {
        if (string.IsNullOrEmpty(last4))
        {
            return "—";
        }

        var name = (brand ?? "").ToLowerInvariant() switch
        {
            "visa" => "Visa",
            "mastercard" => "Mastercard",
            "amex" => "American Express",
            _ => "Card",
        };
        return $"{name} •••• {last4}";
    }
}
