using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class ProfileRulesTests
{
    private static readonly Guid AccountId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static List<Profile> ProfilesNamed(params string[] names)
    {
        var profiles = new List<Profile>();
        foreach (var name in names)
        {
            profiles.Add(ProfileRules.Create(AccountId, name, kids: false, requestedColor: null, profiles, Now));
        }

        return profiles;
    }

    [Fact]
    public void A_new_profile_belongs_to_the_account_and_keeps_its_settings()
    {
        var profile = ProfileRules.Create(AccountId, "Kids", kids: true, "#1565C0", [], Now);
        Assert.Equal(AccountId, profile.AccountId);
        Assert.Equal("Kids", profile.Name);
        Assert.True(profile.Kids);
        Assert.Equal("#1565c0", profile.AvatarColor);
        Assert.Equal(Now, profile.CreatedAt);
        Assert.NotEqual(Guid.Empty, profile.Id);
    }

    [Fact]
    public void A_sixth_profile_is_refused()
    {
        var five = ProfilesNamed("A", "B", "C", "D", "E");
        var error = Assert.Throws<AccountRuleException>(() => ProfileRules.Create(AccountId, "F", false, null, five, Now));
        Assert.Equal("An account can have at most 5 profiles.", error.Message);
    }

    [Fact]
    public void Names_are_unique_per_account_ignoring_case()
    {
        var profiles = ProfilesNamed("Ann");
        var error = Assert.Throws<AccountConflictException>(() => ProfileRules.Create(AccountId, "ANN", false, null, profiles, Now));
        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Renaming_a_profile_to_its_own_name_in_another_case_is_allowed()
    {
        var profiles = ProfilesNamed("Ann", "Bob");
        Assert.True(ProfileRules.Update(profiles[0], "ANN", null, null, profiles));
        Assert.Equal("ANN", profiles[0].Name);
    }

    [Fact]
    public void Renaming_onto_a_sibling_is_refused()
    {
        var profiles = ProfilesNamed("Ann", "Bob");
        Assert.Throws<AccountConflictException>(() => ProfileRules.Update(profiles[0], "bob", null, null, profiles));
        Assert.Equal("Ann", profiles[0].Name);
    }

    [Fact]
    public void An_update_without_changes_reports_none()
    {
        var profiles = ProfilesNamed("Ann");
        var profile = profiles[0];
        Assert.False(ProfileRules.Update(profile, profile.Name, profile.Kids, profile.AvatarColor, profiles));
        Assert.True(ProfileRules.Update(profile, null, kids: true, null, profiles));
        Assert.True(profile.Kids);
    }

    [Fact]
    public void The_last_profile_cannot_be_deleted()
    {
        Assert.Throws<AccountRuleException>(() => ProfileRules.EnsureCanDelete(ProfilesNamed("Ann")));
        ProfileRules.EnsureCanDelete(ProfilesNamed("Ann", "Bob"));
    }

    [Fact]
    public void Without_a_choice_each_new_profile_gets_the_first_unused_colour()
    {
        var profiles = ProfilesNamed("A", "B", "C");
        Assert.Equal(AvatarPalette.Colors.Take(3), profiles.Select(p => p.AvatarColor));
    }

    [Fact]
    public void A_freed_colour_is_picked_again()
    {
        var used = new[] { AvatarPalette.Colors[0], AvatarPalette.Colors[2] };
        Assert.Equal(AvatarPalette.Colors[1], AvatarPalette.Resolve("", used));
    }

    [Fact]
    public void When_every_colour_is_used_the_first_is_picked() =>
        Assert.Equal(AvatarPalette.Colors[0], AvatarPalette.Resolve(null, AvatarPalette.Colors));

    [Theory]
    [InlineData("#123456")]
    [InlineData("red")]
    [InlineData("#e5091")]
    public void Colours_outside_the_palette_are_refused(string color)
    {
        var error = Assert.Throws<AccountValidationException>(() => AvatarPalette.Resolve(color, []));
        Assert.Equal("avatar_color", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void The_palette_has_eight_distinct_hex_colours()
    {
        Assert.Equal(8, AvatarPalette.Colors.Distinct().Count());
        Assert.All(AvatarPalette.Colors, c => Assert.Matches("^#[0-9a-f]{6}$", c));
    }

    [Fact]
    public void Updating_the_colour_to_empty_picks_one_no_sibling_uses()
    {
        var profiles = ProfilesNamed("A", "B");
        profiles[1].AvatarColor = AvatarPalette.Colors[3];
        Assert.True(ProfileRules.Update(profiles[1], null, null, "", profiles));
        Assert.Equal(AvatarPalette.Colors[1], profiles[1].AvatarColor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\u0007b")]
    [InlineData("0123456789012345678901234567890")]
    public void Bad_profile_names_are_refused_under_the_name_field(string name)
    {
        var error = Assert.Throws<AccountValidationException>(() => ProfileName.Require(name));
        Assert.Equal("name", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void Profile_names_are_trimmed_and_thirty_characters_fit() =>
        Assert.Equal(new string('x', 30), ProfileName.Require("  " + new string('x', 30) + " "));

    [Fact]
    public void A_long_display_name_is_cut_to_a_profile_name_without_splitting_a_surrogate_pair()
    {
        Assert.Equal("Ann", ProfileName.FromDisplayName("Ann"));
        var name = new string('a', 29) + "😀" + "tail";
        var cut = ProfileName.FromDisplayName(name);
        Assert.Equal(new string('a', 29), cut);
        Assert.Equal(30, ProfileName.FromDisplayName(new string('b', 40)).Length);
    }

    [Fact]
    public void A_new_account_has_one_adult_profile_named_after_it()
    {
        var form = SignUpForm.Parse(" Ann@Example.com ", "correct-horse-9", " Ann Lee ");
        var account = Account.Create(form, "hash", Now);
        var profile = Assert.Single(account.Profiles);
        Assert.Equal("ann@example.com", account.Email);
        Assert.Equal("Ann Lee", account.DisplayName);
        Assert.Equal("Ann Lee", profile.Name);
        Assert.False(profile.Kids);
        Assert.Equal(account.Id, profile.AccountId);
        Assert.Equal(AvatarPalette.Colors[0], profile.AvatarColor);
    }

    [Fact]
    public void Profile_ids_must_be_uuids()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, ProfileIds.Parse(id.ToString()));
        Assert.Equal("profile_id must be a uuid.", Assert.Throws<AccountValidationException>(() => ProfileIds.Parse("42")).Message);
        Assert.Equal("profile_id is required.", Assert.Throws<AccountValidationException>(() => ProfileIds.Parse("")).Message);
    }
}
