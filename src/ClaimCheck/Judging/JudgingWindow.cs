namespace ClaimCheck.Judging;

/// <summary>
/// How far apart two articles may be published for their claims to be compared. The bound is a property of each pair,
/// never "the newest N present": a count over whatever happens to be stored makes the flags depend on the order
/// articles arrive in, while a pair-local bound judges each qualifying pair exactly once, when its second article
/// arrives, whatever the order (see <see cref="ClaimRetrieval"/>).
/// </summary>
public sealed record JudgingWindow(TimeSpan Span)
{
    public static readonly JudgingWindow Default = new(TimeSpan.FromDays(365));

    public bool Admits(DateTimeOffset a, DateTimeOffset b) => (a - b).Duration() <= Span;
}
