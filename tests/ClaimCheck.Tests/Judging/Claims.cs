using ClaimCheck.Extraction;
using ClaimCheck.Judging;

namespace ClaimCheck.Tests.Judging;

/// <summary>Builds claims for rule tests, shaped like the sample corpus's cases.</summary>
internal static class Claims
{
    public static readonly DateTimeOffset October = new(2022, 10, 12, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset November = new(2022, 11, 11, 0, 0, 0, TimeSpan.Zero);

    public static ClaimFrame Frame(string? subject, string predicate, string? obj = null, Polarity polarity = Polarity.Affirmed,
        Modality modality = Modality.Asserted, string? place = null, IReadOnlyList<string>? time = null, IReadOnlyList<Quantity>? numbers = null) =>
        new(subject, predicate, obj, polarity, modality, place, time ?? [], numbers ?? []);

    public static JudgedClaim Claim(string text, ClaimFrame frame, Guid? article = null, DateTimeOffset? publishedAt = null,
        QuoteKind kind = QuoteKind.Indirect, string? speaker = null) =>
        new(Guid.NewGuid(), article ?? Guid.NewGuid(), publishedAt ?? October, kind, speaker, text, text, frame, "test");

    public static readonly Guid Article001 = new("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Article000 = new("00000000-0000-0000-0000-000000000000");

    /// <summary>001's headline: "Poutine veut rencontrer Biden au G20".</summary>
    public static JudgedClaim PutinWantsToMeetBiden() => Claim("Poutine veut rencontrer Biden au G20",
        Frame("vladimir-putin", "meet", "joe-biden", modality: Modality.Wants, place: "G20"), Article001, October, QuoteKind.Headline);

    /// <summary>001's body: Biden "n'a pas l'intention" de parler avec Poutine au G20.</summary>
    public static JudgedClaim BidenDoesNotIntendToTalk() => Claim("Joe Biden \"n'a pas l'intention\" de parler avec Vladimir Poutine au G20",
        Frame("joe-biden", "talk", "vladimir-putin", Polarity.Negated, Modality.Intends, place: "G20"), Article001, October, QuoteKind.Partial, "joe-biden");

    /// <summary>000: Poutine a annoncé qu'il ne participerait pas au sommet du G20 à Bali (a month later).</summary>
    public static JudgedClaim PutinWillNotAttendG20() => Claim("Poutine a annoncé qu'il ne participerait pas au sommet du G20 qui aura lieu la semaine prochaine à Bali",
        Frame("vladimir-putin", "attend", "sommet du G20", Polarity.Negated, Modality.Asserted, place: "Bali"), Article000, November);

    public static Quantity UsdBillions(double billions, string surface) => new(billions * 1e9, "USD", "trade", surface);
}
