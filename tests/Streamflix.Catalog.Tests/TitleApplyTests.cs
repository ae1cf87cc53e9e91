using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class TitleApplyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Applying_an_update_changes_only_the_fields_it_sets()
    {
        var title = TestTitles.Entity();
        var changed = title.Apply(TitleUpdate.Create(title.Id, "Longer Night", null, null, null, 120, 2026), Now);

        Assert.True(changed);
        Assert.Equal("Longer Night", title.Name);
        Assert.Equal(120, title.RuntimeMinutes);
        Assert.Equal(2023, title.ReleaseYear);
        Assert.Equal("TV-14", title.MaturityRating);
        Assert.Equal(Now, title.UpdatedAt);
    }

    [Fact]
    public void Setting_fields_to_the_values_they_have_changes_nothing()
    {
        var title = TestTitles.Entity();
        var before = title.UpdatedAt;
        var changed = title.Apply(TitleUpdate.Create(title.Id, title.Name, title.Synopsis, title.ReleaseYear, title.MaturityRating, title.RuntimeMinutes, 2026), Now);

        Assert.False(changed);
        Assert.Equal(before, title.UpdatedAt);
    }

    [Fact]
    public void Changing_the_rating_changes_whether_the_title_is_for_kids()
    {
        var title = TestTitles.Entity();
        Assert.False(title.IsKids);
        title.Apply(TitleUpdate.Create(title.Id, null, null, null, "TV-Y", null, 2026), Now);
        Assert.True(title.IsKids);
    }
}
