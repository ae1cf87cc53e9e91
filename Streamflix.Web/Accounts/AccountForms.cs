namespace Streamflix.Web.Accounts;

// The models the account pages bind from posted forms ([SupplyParameterFromForm]). Plain mutable
// classes, as form binding needs; every value is checked by accounts, which names the field it
// refuses, so none carries validation attributes of its own.

public sealed class SignUpForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? DisplayName { get; set; }
}

public sealed class SignInForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
}

public sealed class NewProfileForm
{
    public string? Name { get; set; }
    public bool Kids { get; set; }
    public string? AvatarColor { get; set; }
}

public sealed class ProfileChoiceForm
{
    public string? ProfileId { get; set; }
}

public sealed class SignOutForm
{
    /// <summary>The form name; the header's plain sign-out form posts it as "_handler".</summary>
    public const string Name = "signout";
}
