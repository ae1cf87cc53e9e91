namespace Streamflix.Billing.Model;

/// <summary>The card network, from the number's issuer prefix; "card" when it is none we name.</summary>
public static class CardBrand
{
    public const string Visa = "visa";
    public const string Mastercard = "mastercard";
    public const string Amex = "amex";
    public const string Other = "card";

    public static string Of(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.StartsWith('4'))
        {
            return Visa;
        }

        if (digits.StartsWith("34", StringComparison.Ordinal) || digits.StartsWith("37", StringComparison.Ordinal))
        {
            return Amex;
        }

        return PrefixIn(digits, 2, 51, 55) || PrefixIn(digits, 4, 2221, 2720) ? Mastercard : Other;
    }

    private static bool PrefixIn(string digits, int length, int from, int to) =>
        digits.Length >= length
        && int.TryParse(digits.AsSpan(0, length), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var prefix)
        && prefix >= from && prefix <= to;
}
