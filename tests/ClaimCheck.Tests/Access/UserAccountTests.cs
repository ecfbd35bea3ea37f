using ClaimCheck.Access;

namespace ClaimCheck.Tests.Access;

public class UserAccountTests
{
    private static readonly Guid UserId = Guid.Parse("0000000a-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static UserAccount Registered() =>
        UserAccount.Create(new UserRegistered(UserId, "alice", [Role.FactChecker, Role.FactChecker], "admin", T0));

    [Fact]
    public void A_registered_user_has_their_roles_and_no_keys()
    {
        var account = Registered();

        account.UserName.ShouldBe("alice");
        account.Roles.ShouldBe([Role.FactChecker]);
        account.ApiKeys.ShouldBeEmpty();
    }

    [Fact]
    public void An_issued_key_authenticates_the_user_and_the_event_holds_only_the_hash()
    {
        var (key, issued) = UserAccount.IssueKey(UserId, "admin", T0);
        var account = Registered().Apply(issued);

        account.Authenticates(key.Token).ShouldBeTrue();
        issued.KeyId.ShouldBe(key.KeyId);
        issued.ToString().ShouldNotContain(key.Token[(4 + 12)..]);
    }

    [Fact]
    public void A_revoked_key_no_longer_authenticates_while_other_keys_still_do()
    {
        var (first, firstIssued) = UserAccount.IssueKey(UserId, "admin", T0);
        var (second, secondIssued) = UserAccount.IssueKey(UserId, "admin", T0);
        var account = Registered().Apply(firstIssued).Apply(secondIssued)
            .Apply(new ApiKeyRevoked(UserId, first.KeyId, "admin", "Laptop lost.", T0.AddDays(1)));

        account.Authenticates(first.Token).ShouldBeFalse();
        account.Authenticates(second.Token).ShouldBeTrue();
        account.ApiKeys.Single(k => k.Stored.KeyId == first.KeyId).RevokedAt.ShouldBe(T0.AddDays(1));
    }
}
