using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Access;

/// <summary>What is stored for an API key: never the key itself, only a salted hash.</summary>
public sealed record ApiKeyHash(string KeyId, string Algorithm, string Salt, string Hash);

/// <summary>A freshly generated key. <see cref="Token"/> is shown to the user once and then forgotten; store <see cref="Stored"/>.</summary>
public sealed record GeneratedApiKey(string KeyId, string Token, ApiKeyHash Stored);

/// <summary>
/// API keys of the form <c>cc_{keyId}_{secret}</c>: keyId is 12 lowercase hex characters (public, used to find the
/// stored hash without scanning), secret is the base64url encoding of 32 random bytes.
/// <para>
/// Hashing is salted SHA-256, not PBKDF2: the secret carries 256 bits from a CSPRNG, so an offline attacker with the
/// hashes cannot guess it however fast the hash is; key stretching only protects low-entropy secrets such as
/// passwords, and here it would cost CPU on every API request. The per-key salt keeps equal secrets (which never
/// happen in practice) from hashing alike and makes precomputed tables useless.
/// </para>
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "cc_";
    public const string Algorithm = "sha256-salted-v1";
    private const int KeyIdBytes = 6;
    private const int SecretBytes = 32;
    private const int SaltBytes = 16;

    public static GeneratedApiKey Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new GeneratedApiKey(keyId, $"{Prefix}{keyId}_{secret}", new ApiKeyHash(
            keyId, Algorithm, Convert.ToBase64String(salt), Convert.ToBase64String(HashSecret(salt, secret))));
    }

    /// <summary>
    /// Splits a presented token into key id and secret; false when it is not shaped like one of our keys.
    /// Cheap and allocation-light so malformed headers are refused before any lookup.
    /// </summary>
    public static bool TryParse(string? token, out string keyId, out string secret)
    {
        keyId = "";
        secret = "";
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = token.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != KeyIdBytes * 2) return false;
        var id = rest[..separator];
        foreach (var c in id)
            if (!char.IsAsciiHexDigitLower(c)) return false;
        var body = rest[(separator + 1)..];
        if (body.Length != Base64UrlLength(SecretBytes)) return false;
        foreach (var c in body)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        keyId = id.ToString();
        secret = body.ToString();
        return true;
    }

    /// <summary>
    /// True when <paramref name="token"/> is the key whose hash is <paramref name="stored"/>. Comparison is
    /// constant-time so response timing does not reveal how many leading bytes of a guess were right.
    /// </summary>
    public static bool Verify(string? token, ApiKeyHash stored)
    {
        if (stored.Algorithm != Algorithm) return false;
        if (!TryParse(token, out var keyId, out var secret)) return false;
        if (!string.Equals(keyId, stored.KeyId, StringComparison.Ordinal)) return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(stored.Salt);
            expected = Convert.FromBase64String(stored.Hash);
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(HashSecret(salt, secret), expected);
    }

    private static byte[] HashSecret(byte[] salt, string secret)
    {
        var secretBytes = Encoding.ASCII.GetBytes(secret);
        var input = new byte[salt.Length + secretBytes.Length];
        salt.CopyTo(input, 0);
        secretBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int Base64UrlLength(int bytes) => (bytes * 4 + 2) / 3;
}
