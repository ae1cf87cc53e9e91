namespace Streamflix.Web.Accounts;

/// <summary>The profile picked on "Who's watching?", kept in the auth cookie until another is picked.</summary>
public sealed record ChosenProfile(string Id, string Name, bool Kids);
