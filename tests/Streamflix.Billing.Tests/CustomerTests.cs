using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class CustomerTests
{
    [Fact]
    public void A_customer_created_on_subscribe_is_completed_by_the_account_event_without_overwriting()
    {
        var customer = Customer.Create(Guid.NewGuid(), "ana@example.com", displayName: null, Now);

        Assert.True(customer.CompleteFrom("other@example.com", "Ana"));

        Assert.Equal(("ana@example.com", "Ana"), (customer.Email, customer.DisplayName));
        Assert.False(customer.CompleteFrom("third@example.com", "Someone else"));
        Assert.Equal(("ana@example.com", "Ana"), (customer.Email, customer.DisplayName));
    }

    [Fact]
    public void Values_are_trimmed_and_clipped_to_their_columns()
    {
        var customer = Customer.Create(Guid.NewGuid(), "  ana@example.com ", new string('n', 150), Now);

        Assert.Equal("ana@example.com", customer.Email);
        Assert.Equal(Customer.MaxDisplayNameLength, customer.DisplayName.Length);
    }
}
