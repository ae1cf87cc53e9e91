using Streamflix.Billing.Model;

namespace Streamflix.Billing.Tests;

public sealed class RequestFingerprintTests
{
    private static readonly Guid Account = Guid.Parse("6f1c2b9e-1d7a-4c1e-9a57-3b4f6f0d2a11");
    private static readonly CardOnFile Visa4242 = new("visa", "4242");

    [Fact]
    public void The_same_request_has_the_same_fingerprint()
    {
        Assert.Equal(
            RequestFingerprint.ForSubscribe(Account, "standard", new CardOnFile("visa", "4242")),
            RequestFingerprint.ForSubscribe(Account, "standard", Visa4242));
        Assert.Equal(RequestFingerprint.ForChangePlan(Account, "premium"), RequestFingerprint.ForChangePlan(Account, "premium"));
    }

    [Fact]
    public void A_fingerprint_is_a_sha256_in_hex() =>
        Assert.Matches("^[0-9a-f]{64}$", RequestFingerprint.ForSubscribe(Account, "basic", Visa4242));

    [Fact]
    public void Another_plan_card_account_or_operation_changes_the_fingerprint()
    {
        var fingerprints = new[]
        {
            RequestFingerprint.ForSubscribe(Account, "standard", Visa4242),
            RequestFingerprint.ForSubscribe(Account, "premium", Visa4242),
            RequestFingerprint.ForSubscribe(Account, "standard", new CardOnFile("visa", "0119")),
            RequestFingerprint.ForSubscribe(Account, "standard", new CardOnFile("mastercard", "4242")),
            RequestFingerprint.ForSubscribe(Guid.NewGuid(), "standard", Visa4242),
            RequestFingerprint.ForChangePlan(Account, "standard"),
        };

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void A_full_card_number_gives_the_same_fingerprint_as_its_brand_and_last_four()
    {
        var typedWithSpaces = PaymentCard.Validate(TestCards.Input("4242 4242 4242 4242"), TestCards.Now);

        Assert.Equal(
            RequestFingerprint.ForSubscribe(Account, "basic", Visa4242),
            RequestFingerprint.ForSubscribe(Account, "basic", typedWithSpaces.OnFile));
    }
}
