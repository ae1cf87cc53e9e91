namespace Streamflix.Billing.Model;

/// <summary>The mod-10 check digit every card number carries; catches most typing mistakes.</summary>
public static class Luhn
{
    public static bool IsValid(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length == 0)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
