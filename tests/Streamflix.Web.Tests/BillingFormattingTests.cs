using Streamflix.Billing.Contracts;
using Streamflix.Web.Billing;

namespace Streamflix.Web.Tests;

public sealed class BillingFormattingTests
{
    [Theory]
    [InlineData(1299, "EUR", "€12.99/month")]
    [InlineData(799, "eur", "€7.99/month")]
    [InlineData(1000, "USD", "$10.00/month")]
    [InlineData(5, "GBP", "£0.05/month")]
    [InlineData(1299, "SEK", "12.99 SEK/month")]
    public void Prices_read_as_money_per_month(long cents, string currency, string expected) =>
        Assert.Equal(expected, BillingFormatting.MonthlyPrice(cents, currency));

    [Theory]
    [InlineData(480, "480p")]
    [InlineData(720, "720p")]
    [InlineData(1080, "1080p")]
    [InlineData(2160, "4K")]
    [InlineData(0, "—")]
    public void Quality_is_named_by_the_highest_rendition(int maxHeight, string expected) =>
        Assert.Equal(expected, BillingFormatting.Quality(maxHeight));

    [Fact]
    public void A_plan_offer_shows_price_streams_and_quality()
    {
        var offer = PlanOffer.From(new Plan { Id = "premium", Name = "Premium", PriceCents = 1799, Currency = "EUR", MaxStreams = 4, MaxHeight = 2160 });

        Assert.Equal(new PlanOffer("premium", "Premium", "€17.99/month", 4, "4K"), offer);
    }

    [Theory]
    [InlineData("visa", "4242", "Visa •••• 4242")]
    [InlineData("mastercard", "4444", "Mastercard •••• 4444")]
    [InlineData("card", "0005", "Card •••• 0005")]
    [InlineData("visa", "", "—")]
    public void Cards_show_brand_and_last_four_only(string brand, string last4, string expected) =>
        Assert.Equal(expected, BillingFormatting.Card(brand, last4));

    [Fact]
    public void Dates_are_day_month_year() =>
        Assert.Equal("1 Apr 2025", BillingFormatting.Date(Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(AccountSamples.Now.AddMonths(1))));
}
