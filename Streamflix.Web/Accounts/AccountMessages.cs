namespace Streamflix.Web.Accounts;

/// <summary>The words the account pages use when accounts cannot or will not help.</summary>
public static class AccountMessages
{
    public const string Unavailable = "Accounts are unavailable right now. Please try again in a moment.";

    public const string WrongCredentials = "That email and password do not match an account.";

    public const string TooManyAttempts = "Too many sign-in attempts for this email. Please wait a few minutes and try again.";

    public const string UnknownProfile = "That profile is not on this account any more. Please choose again.";
}
