using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class TitleUpdateTests
{
    private const int CurrentYear = 2026;

    private static TitleUpdate Update(
        string? id = "the-long-night",
        string? name = null,
        string? synopsis = null,
        int? year = null,
        string? rating = null,
        int? runtime = null) =>
        TitleUpdate.Create(id, name, synopsis, year, rating, runtime, CurrentYear);

    private static string Refused(Func<TitleUpdate> create) =>
        Assert.Throws<CatalogValidationException>(create).Message;

    [Fact]
    public void An_update_without_an_id_is_refused() =>
        Assert.Equal("id is required.", Refused(() => Update(id: "")));

    [Fact]
    public void A_valid_update_keeps_the_fields_it_sets_and_leaves_the_rest_unset()
    {
        var update = Update(name: "  New Name ", year: 2031, rating: "tv-ma", runtime: 1000);
        Assert.Equal("New Name", update.Name);
        Assert.Equal(2031, update.ReleaseYear);
        Assert.Equal("TV-MA", update.MaturityRating);
        Assert.Equal(1000, update.RuntimeMinutes);
        Assert.Null(update.Synopsis);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_name_is_refused(string name) =>
        Assert.Contains("name must be 1 to 200 characters", Refused(() => Update(name: name)));

    [Fact]
    public void A_name_of_201_characters_is_refused_and_200_is_allowed()
    {
        Assert.Contains("name", Refused(() => Update(name: new string('n', 201))));
        Assert.Equal(200, Update(name: new string('n', 200)).Name!.Length);
    }

    [Theory]
    [InlineData(1887)]
    [InlineData(2032)]
    public void A_release_year_before_1888_or_over_five_years_ahead_is_refused(int year) =>
        Assert.Contains("release_year must be between 1888 and 2031", Refused(() => Update(year: year)));

    [Fact]
    public void The_first_film_year_is_allowed() =>
        Assert.Equal(1888, Update(year: 1888).ReleaseYear);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public void A_runtime_outside_1_to_1000_minutes_is_refused(int runtime) =>
        Assert.Contains("runtime_minutes", Refused(() => Update(runtime: runtime)));

    [Fact]
    public void An_unknown_rating_is_refused_listing_the_known_ones()
    {
        var message = Refused(() => Update(rating: "PG13"));
        Assert.Contains("maturity_rating must be one of", message);
        Assert.Contains("TV-MA", message);
    }

    [Fact]
    public void A_synopsis_over_4000_characters_is_refused_and_an_empty_one_is_allowed()
    {
        Assert.Contains("synopsis", Refused(() => Update(synopsis: new string('s', 4001))));
        Assert.Equal("", Update(synopsis: "").Synopsis);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var message = Refused(() => Update(name: "", year: 1, runtime: 0));
        Assert.Contains("name", message);
        Assert.Contains("release_year", message);
        Assert.Contains("runtime_minutes", message);
    }
}
