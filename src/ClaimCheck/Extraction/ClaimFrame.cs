namespace ClaimCheck.Extraction;

public enum Polarity { Affirmed, Negated }

public enum Modality { Asserted, Intends, Wants, Considers, Conditional, Denies }

/// <summary>A number found in a claim, normalized to a base unit (e.g. "140 milliards de dollars" = 140e9 USD).</summary>
public sealed record Quantity(double Value, string Unit, string? Counts, string Surface);

/// <summary>What a statement asserts, in a form that can be compared with other statements.</summary>
public sealed record ClaimFrame(
    string? Subject,
    string Predicate,
    string? Object,
    Polarity Polarity,
    Modality Modality,
    string? Place,
    IReadOnlyList<string> Time,
    IReadOnlyList<Quantity> Numbers);

public enum QuoteKind { Direct, Partial, Indirect, Headline }

/// <summary>
/// One quote or statement found in an article. Start/End are offsets of the quoted text in the body
/// (in the title for <see cref="QuoteKind.Headline"/>); the sentence span lets a reviewer see the evidence.
/// </summary>
public sealed record ExtractedQuote(
    QuoteKind Kind,
    string Text,
    string? Speaker,
    string? SpeakerId,
    string? Cue,
    int Start,
    int End,
    double Confidence,
    string Sentence,
    int SentenceStart,
    int SentenceEnd,
    ClaimFrame Claim);
