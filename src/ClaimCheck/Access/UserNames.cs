using System.Globalization;
using System.Text;

namespace ClaimCheck.Access;

/// <summary>A user name as stored (<see cref="Display"/>) and the key two names are compared by (<see cref="Key"/>).</summary>
public sealed record NormalizedUserName(string Display, string Key);

/// <summary>Why a user name was refused.</summary>
public sealed record UserNameRejection(string Title, string Detail);

/// <summary>
/// Names recorded as the acting user for work no person did. A person's account must never carry one of them,
/// or their actions could not be told apart from the service's own in the audit trail.
/// </summary>
public static class ServiceActors
{
    /// <summary>Work the service does on its own (extraction, judging).</summary>
    public const string System = "system";

    /// <summary>A request without a user name (never authorized to change anything, but named in logs and metadata).</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The benchmark seeder that writes judge-opened cases straight into a database of its own.</summary>
    public const string SeedReviewQueue = "seed-review-queue";

    /// <summary>Prefix of the command line's actor, followed by the operating-system user.</summary>
    public const string CommandLinePrefix = "cli:";

    public static readonly IReadOnlyList<string> Names = [System, Anonymous, SeedReviewQueue];
}

/// <summary>
/// User names as people read them: two names that look alike must be the same name. A name is NFKC-normalized
/// (full-width and compatibility forms fold to their plain letters) and trimmed; characters a reader cannot see
/// (control, format such as zero-width and bidi marks, default-ignorable fillers and variation selectors),
/// separators and unassigned or private code points are refused rather than silently removed, so what is stored
/// is what was typed. Names are unique by <see cref="NormalizedUserName.Key"/>: the NFKC form, lower-cased by
/// invariant rules and normalized again (case folding can un-normalize).
/// </summary>
public static class UserNames
{
    public const int MaxLength = 100;

    public static NormalizedUserName? Normalize(string? raw, out UserNameRejection? rejection)
    {
        rejection = null;
        if (raw is null)
        {
            rejection = new("Invalid user name", "userName is required.");
            return null;
        }
        if (!IsWellFormed(raw))
        {
            rejection = new("Invalid user name", "The user name is not well-formed Unicode.");
            return null;
        }
        var display = raw.Normalize(NormalizationForm.FormKC).Trim();
        if (display.Length is 0 or > MaxLength)
        {
            rejection = new("Invalid user name", $"A user name is 1 to {MaxLength} characters.");
            return null;
        }
        foreach (var rune in display.EnumerateRunes())
        {
            if (IsInvisibleOrSeparator(rune))
            {
                rejection = new("Invalid user name",
                    $"A user name may not contain spaces, control, format or invisible characters (found U+{rune.Value:X4}).");
                return null;
            }
        }
        var name = new NormalizedUserName(display, KeyOf(display));
        if (IsReserved(name.Key))
        {
            rejection = new("Reserved user name",
                $"'{display}' is a name the service records for its own work ({string.Join(", ", ServiceActors.Names)}, {ServiceActors.CommandLinePrefix}...); choose another.");
            return null;
        }
        return name;
    }

    /// <summary>
    /// The comparison key of a name stored before names were normalized: invisible characters are dropped here (they
    /// are refused for new names), so an old "ann\u200B" and a new "ann" are found to collide.
    /// </summary>
    public static string LegacyKeyOf(string storedName)
    {
        if (!IsWellFormed(storedName)) return storedName;
        var builder = new StringBuilder(storedName.Length);
        foreach (var rune in storedName.Normalize(NormalizationForm.FormKC).Trim().EnumerateRunes())
            if (!IsInvisibleOrSeparator(rune)) builder.Append(rune.ToString());
        return KeyOf(builder.ToString());
    }

    public static bool IsReserved(string key) =>
        ServiceActors.Names.Contains(key, StringComparer.Ordinal) || key.StartsWith(ServiceActors.CommandLinePrefix, StringComparison.Ordinal);

    private static string KeyOf(string display) =>
        display.ToLowerInvariant().Normalize(NormalizationForm.FormKC);

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    private static bool IsInvisibleOrSeparator(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
        }
        // U+FFFD stands for bytes that were not text: a name containing it was broken on the way in.
        return IsDefaultIgnorable(rune.Value) || Rune.IsWhiteSpace(rune) || rune == Rune.ReplacementChar;
    }

    // Default_Ignorable_Code_Point (Unicode DerivedCoreProperties), most of it also Cf, plus the blank braille
    // pattern: all shown as nothing.
    private static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0 or 0x2800
        || c is >= 0x180B and <= 0x180F
        || c is >= 0x200B and <= 0x200F
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2060 and <= 0x206F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is 0xFEFF
        || c is >= 0xFFF0 and <= 0xFFF8
        || c is >= 0x1BCA0 and <= 0x1BCA3
        || c is >= 0x1D173 and <= 0x1D17A
        || c is >= 0xE0000 and <= 0xE0FFF;
}
