using ClaimCheck.Access;

namespace ClaimCheck.Tests.Access;

public class ApiKeysTests
{
    [Fact]
    public void A_generated_key_has_the_cc_prefix_its_public_key_id_and_a_32_byte_secret()
    {
        var key = ApiKeys.Generate();

        key.Token.ShouldStartWith($"cc_{key.KeyId}_");
        key.KeyId.Length.ShouldBe(12);
        ApiKeys.TryParse(key.Token, out var keyId, out var secret).ShouldBeTrue();
        keyId.ShouldBe(key.KeyId);
        secret.Length.ShouldBe(43);
        key.Stored.KeyId.ShouldBe(key.KeyId);
    }

    [Fact]
    public void The_generated_key_verifies_against_its_stored_hash()
    {
        var key = ApiKeys.Generate();

        ApiKeys.Verify(key.Token, key.Stored).ShouldBeTrue();
    }

    [Fact]
    public void The_stored_value_does_not_contain_the_key_or_its_secret()
    {
        var key = ApiKeys.Generate();
        ApiKeys.TryParse(key.Token, out _, out var secret);

        key.Stored.Hash.ShouldNotContain(secret);
        key.Stored.Salt.ShouldNotContain(secret);
        key.Stored.ToString().ShouldNotContain(secret);
        key.Stored.Hash.ShouldNotBe(key.Token);
    }

    [Fact]
    public void Two_keys_never_share_an_id_a_secret_or_a_salt()
    {
        var first = ApiKeys.Generate();
        var second = ApiKeys.Generate();

        second.KeyId.ShouldNotBe(first.KeyId);
        second.Token.ShouldNotBe(first.Token);
        second.Stored.Salt.ShouldNotBe(first.Stored.Salt);
    }

    [Fact]
    public void A_wrong_key_fails_verification()
    {
        var key = ApiKeys.Generate();
        var other = ApiKeys.Generate();
        var lastChar = key.Token[^1] == 'A' ? 'B' : 'A';

        ApiKeys.Verify(key.Token[..^1] + lastChar, key.Stored).ShouldBeFalse();
        ApiKeys.Verify(other.Token, key.Stored).ShouldBeFalse();
        // Another key's secret under this key's id: right shape, wrong secret.
        ApiKeys.Verify($"cc_{key.KeyId}_{other.Token[(4 + 12)..]}", key.Stored).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("cc_")]
    [InlineData("cc_abc_def")]
    [InlineData("cc_ABCDEF012345_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cc_abcdef012345_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=")]
    public void A_malformed_token_is_refused_without_verifying(string? token)
    {
        ApiKeys.TryParse(token, out _, out _).ShouldBeFalse();
        ApiKeys.Verify(token, ApiKeys.Generate().Stored).ShouldBeFalse();
    }

    [Fact]
    public void A_stored_hash_with_an_unknown_algorithm_or_corrupt_encoding_never_verifies()
    {
        var key = ApiKeys.Generate();

        ApiKeys.Verify(key.Token, key.Stored with { Algorithm = "md5" }).ShouldBeFalse();
        ApiKeys.Verify(key.Token, key.Stored with { Hash = "not base64!" }).ShouldBeFalse();
    }
}
