namespace Streamflix.Billing.Model;

/// <summary>A card as the customer typed it, before validation.</summary>
public sealed record PaymentCardInput(string? Number, int ExpiryMonth, int ExpiryYear, string? Cvc)
{
    // Keeps the number and cvc out of logs and exception messages.
    public override string ToString() => $"card expiring {ExpiryMonth:00}/{ExpiryYear}";
}

/// <summary>A card that passed validation: digits only, with its brand. Lives for one request.</summary>
public sealed record PaymentCard(string Digits, string Brand, int ExpiryMonth, int ExpiryYear)
{
    public const int MinDigits = 12;
    public const int MaxDigits = 19;

    /// <summary>Cards are accepted this many years ahead; issuers do not print more.</summary>
    public const int MaxYearsAhead = 20;

    public string Last4 => Digits[^4..];

    public CardOnFile OnFile => new(Brand, Last4);

    /// <summary>
    /// Checks number (spaces and dashes allowed, 12..19 digits, Luhn), expiry (month 1..12, not
    /// before the current month) and cvc (3 or 4 digits); every broken rule is reported at once.
    /// </summary>
    public static PaymentCard Validate(PaymentCardInput? input, DateTimeOffset now)
    {
        input ??= new PaymentCardInput(null, 0, 0, null);
        var violations = new List<FieldViolation>();

        var digits = (input.Number ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length == 0)
        {
            violations.Add(new("card.number", "Enter the card number."));
        }
        else if (!digits.All(char.IsAsciiDigit))
        {
            violations.Add(new("card.number", "The card number may contain only digits, spaces and dashes."));
        }
        else if (digits.Length is < MinDigits or > MaxDigits)
        {
            violations.Add(new("card.number", $"A card number has {MinDigits} to {MaxDigits} digits."));
        }
        else if (!Luhn.IsValid(digits))
        {
            violations.Add(new("card.number", "This card number is not valid; check it for typing mistakes."));
        }

        var today = now.ToUniversalTime();
        var monthValid = input.ExpiryMonth is >= 1 and <= 12;
        if (!monthValid)
        {
            violations.Add(new("card.expiry_month", "The expiry month must be between 1 and 12."));
        }

        if (input.ExpiryYear < today.Year)
        {
            violations.Add(new("card.expiry_year", input.ExpiryYear < 1000
                ? "Enter the expiry year with four digits."
                : "The card has expired."));
        }
        else if (input.ExpiryYear > today.Year + MaxYearsAhead)
        {
            violations.Add(new("card.expiry_year", $"The expiry year must be within {MaxYearsAhead} years."));
        }
        else if (monthValid && input.ExpiryYear == today.Year && input.ExpiryMonth < today.Month)
        {
            violations.Add(new("card.expiry_month", "The card has expired."));
        }

        var cvc = input.Cvc?.Trim() ?? "";
        if (cvc.Length is < 3 or > 4 || !cvc.All(char.IsAsciiDigit))
        {
            violations.Add(new("card.cvc", "The security code (cvc) has 3 or 4 digits."));
        }

        if (violations.Count > 0)
        {
            throw new BillingValidationException(violations);
        }

        return new PaymentCard(digits, CardBrand.Of(digits), input.ExpiryMonth, input.ExpiryYear);
    }

    // Keeps the number out of logs and exception messages.
    public override string ToString() => $"{Brand} •••• {Last4}";
}
