using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>
/// Checks one quote against the same words quoted in another article: the same (or nearly the same) words given to two
/// different people is a misattribution; the same person's words reproduced with words changed is an altered quote.
/// Works on the quoted words only (not the sentence around them), compared word by word with a longest common
/// subsequence, so "which words changed" is exact and a reviewer can check it. Decisions:
/// <list type="bullet">
/// <item>only direct and partial quotes of two different articles are compared, and the shorter has at least
/// <see cref="MinimumWords"/> words (short phrases are shared by chance);</item>
/// <item>misattribution: both speakers known and different, and at least <see cref="MisattributionContainment"/> of the
/// shorter quote's words appear, in order, in the other;</item>
/// <item>altered quote: the same known speaker, at least <see cref="AlteredContainment"/> of the words shared in order,
/// and words inserted, dropped or replaced inside the shared stretch (quoting a shorter extract is not an alteration);</item>
/// <item>below <see cref="AlteredContainment"/> the wording is a paraphrase or another statement: no flag;</item>
/// <item>an unknown speaker on either side gives no flag: the extractor leaves speakers unknown far more often than
/// articles disagree on them, so "unattributed in X" would mostly report the extractor's gaps.</item>
/// </list>
/// The score is the share of the shorter quote's words found in order in the other (a measure, not a probability).
/// </summary>
public static partial class QuoteVerification
{
    public const string Misattribution = "misattribution";
    public const string AlteredQuote = "altered-quote";
    public const string MisattributionRule = "quote-misattribution/2";
    public const string AlteredQuoteRule = "quote-altered/1";

    /// <summary>Recorded as the flag's model and rules version: this check uses no trained model.</summary>
    public const string Version = "quote-verification/1";

    public const int MinimumWords = 5;
    public const double MisattributionContainment = 0.8;
    public const double AlteredContainment = 0.6;

    public static readonly IReadOnlyList<string> Labels = [Misattribution, AlteredQuote];

    public static bool IsQuote(JudgedClaim claim) => claim.Kind is QuoteKind.Direct or QuoteKind.Partial;

    /// <summary>The finding on two stored quotes, or null when they do not call for a reviewer.</summary>
    public static QuoteFinding? Verify(StoredClaim a, StoredClaim b)
    {
        if (!IsQuote(a.Claim) || !IsQuote(b.Claim) || a.Claim.ArticleId == b.Claim.ArticleId) return null;
        var (earlier, _) = ClaimRules.Order(a.Claim, b.Claim);
        var (first, second) = ReferenceEquals(earlier, a.Claim) ? (a, b) : (b, a);
        var comparison = WordDiff.Compare(first.Claim.Text, second.Claim.Text);
        var speakerFirst = first.Claim.SpeakerId;
        var speakerSecond = second.Claim.SpeakerId;
        var features = new SortedDictionary<string, float>(comparison.Features(speakerFirst, speakerSecond).ToDictionary(), StringComparer.Ordinal)
        {
            // Both attributions made by a speech verb ("X said"): a speaker read from a nearby name, a neighbouring
            // quote or a sentence subject is too often our own attribution error to accuse an article of one.
            ["quote.cues_known"] = !string.IsNullOrWhiteSpace(first.Cue) && !string.IsNullOrWhiteSpace(second.Cue) ? 1 : 0,
            // One article names the other's speaker in the quote's own sentence ("..., Trump said Monday" read as
            // Monday's words): the two attributions are more likely one of ours gone wrong than an article's error.
            ["quote.other_speaker_in_sentence"] = NamesInSentence(first, second) || NamesInSentence(second, first) ? 1 : 0,
        };
        var label = Decide(features);
        if (label is null) return null;
        var reason = label == Misattribution
            ? new FiredRule(MisattributionRule,
                $"The same words are attributed to two people: “{Clip(first.Claim.Text)}” to {Who(first)} in article {first.Claim.ArticleId} " +
                $"({first.Claim.PublishedAt:yyyy-MM-dd}), and “{Clip(second.Claim.Text)}” to {Who(second)} in article {second.Claim.ArticleId} " +
                $"({second.Claim.PublishedAt:yyyy-MM-dd}); {comparison.Common} of the {comparison.ShorterLength} words of the shorter quote appear in the same order in the other.")
            : new FiredRule(AlteredQuoteRule,
                $"{Who(first)} is quoted as “{Clip(first.Claim.Text)}” in article {first.Claim.ArticleId} ({first.Claim.PublishedAt:yyyy-MM-dd}) " +
                $"and as “{Clip(second.Claim.Text)}” in article {second.Claim.ArticleId} ({second.Claim.PublishedAt:yyyy-MM-dd}). Word changes: {comparison.Describe()}" +
                (comparison.NegationChanged ? (comparison.NegationDropped ? " A negation was dropped." : " A negation was added.") : ""));
        return new QuoteFinding(first, second, label, Score(features), [reason], features);
    }

    /// <summary>Whether <paramref name="claim"/>'s sentence names <paramref name="other"/>'s speaker by their last name.</summary>
    private static bool NamesInSentence(StoredClaim claim, StoredClaim other)
    {
        var name = other.Speaker ?? other.Claim.SpeakerId?.Replace('-', ' ');
        var last = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (last is null || last.Length < 3) return false;
        var sentence = claim.Claim.Sentence;
        for (var at = sentence.IndexOf(last, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(last, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetter(sentence[at - 1]);
            var after = at + last.Length >= sentence.Length || !char.IsLetter(sentence[at + last.Length]);
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>The label the recorded features call for (so a recorded finding can be recomputed), or null.</summary>
    public static string? Decide(IReadOnlyDictionary<string, float> features)
    {
        if (features.GetValueOrDefault("quote.shorter_words") < MinimumWords) return null;
        if (features.GetValueOrDefault("quote.speakers_known") < 1) return null;
        var containment = features.GetValueOrDefault("quote.containment");
        if (features.GetValueOrDefault("quote.same_speaker") < 1)
            return containment >= MisattributionContainment && features.GetValueOrDefault("quote.cues_known") >= 1
                && features.GetValueOrDefault("quote.other_speaker_in_sentence") < 1 ? Misattribution : null;
        return containment >= AlteredContainment && features.GetValueOrDefault("quote.inner_edits") > 0 ? AlteredQuote : null;
    }

    public static double Score(IReadOnlyDictionary<string, float> features) =>
        Math.Round(features.GetValueOrDefault("quote.containment"), 4);

    private static string Who(StoredClaim claim) =>
        $"{claim.Speaker ?? claim.Claim.SpeakerId} ({claim.Claim.SpeakerId}" + (string.IsNullOrWhiteSpace(claim.Cue) ? "" : $", cue “{claim.Cue}”") + ")";

    private static string Clip(string text) => text.Length <= 160 ? text : text[..157] + "...";
}

/// <summary>A quote verification result: the two quotes in date order, the label, the score, the reason and the measured features.</summary>
public sealed record QuoteFinding(
    StoredClaim First, StoredClaim Second, string Label, double Score, IReadOnlyList<FiredRule> Reasons, IReadOnlyDictionary<string, float> Features);

/// <summary>One step of a word-level difference.</summary>
public enum DiffOp { Same, Dropped, Added }

/// <summary>A word of a word-level difference, as written in its quote.</summary>
public sealed record DiffWord(DiffOp Op, string Word);

/// <summary>
/// A word-level difference between two quotes (longest common subsequence over words compared case-insensitively,
/// typographic apostrophes and dashes folded). Words before the first and after the last shared word are a longer
/// or shorter extract; only changes between them alter the quote.
/// </summary>
public sealed partial record WordDiff(IReadOnlyList<DiffWord> Steps, int FirstLength, int SecondLength)
{
    /// <summary>Longer quotes are compared on their first words only, to bound the work.</summary>
    public const int MaximumWords = 400;

    public int Common => Steps.Count(s => s.Op == DiffOp.Same);

    public int ShorterLength => Math.Min(FirstLength, SecondLength);

    public double Containment => ShorterLength == 0 ? 0 : (double)Common / ShorterLength;

    /// <summary>The steps between the first and the last shared word.</summary>
    public IReadOnlyList<DiffWord> Inner
    {
        get
        {
            var first = Steps.ToList().FindIndex(s => s.Op == DiffOp.Same);
            var last = Steps.ToList().FindLastIndex(s => s.Op == DiffOp.Same);
            return first < 0 ? [] : Steps.Skip(first).Take(last - first + 1).ToList();
        }
    }

    public IReadOnlyList<string> InnerDropped => Inner.Where(s => s.Op == DiffOp.Dropped).Select(s => s.Word).ToList();

    public IReadOnlyList<string> InnerAdded => Inner.Where(s => s.Op == DiffOp.Added).Select(s => s.Word).ToList();

    public bool NegationChanged => HasNegation(InnerDropped) != HasNegation(InnerAdded);

    public bool NegationDropped => HasNegation(InnerDropped) && !HasNegation(InnerAdded);

    public IReadOnlyDictionary<string, float> Features(string? firstSpeaker, string? secondSpeaker) =>
        new SortedDictionary<string, float>(StringComparer.Ordinal)
        {
            ["quote.containment"] = (float)Math.Round(Containment, 4),
            ["quote.shorter_words"] = ShorterLength,
            ["quote.common_words"] = Common,
            ["quote.inner_edits"] = InnerDropped.Count + InnerAdded.Count,
            ["quote.negation_changed"] = NegationChanged ? 1 : 0,
            ["quote.speakers_known"] = firstSpeaker is not null && secondSpeaker is not null ? 1 : 0,
            ["quote.same_speaker"] = firstSpeaker is not null && string.Equals(firstSpeaker, secondSpeaker, StringComparison.OrdinalIgnoreCase) ? 1 : 0,
        };

    /// <summary>The changed stretch in words: "[-dropped-] {+added+}" with a few shared words around each change.</summary>
    public string Describe()
    {
        var inner = Inner;
        var parts = new List<string>();
        for (var i = 0; i < inner.Count; i++)
        {
            if (inner[i].Op == DiffOp.Same)
            {
                var nearChange = Enumerable.Range(Math.Max(0, i - 2), Math.Min(inner.Count, i + 3) - Math.Max(0, i - 2)).Any(j => inner[j].Op != DiffOp.Same);
                if (nearChange) parts.Add(inner[i].Word);
                else if (parts.Count == 0 || parts[^1] != "…") parts.Add("…");
                continue;
            }
            var op = inner[i].Op;
            var run = new List<string>();
            while (i < inner.Count && inner[i].Op == op) run.Add(inner[i++].Word);
            i--;
            parts.Add(op == DiffOp.Dropped ? $"[-{string.Join(' ', run)}-]" : $"{{+{string.Join(' ', run)}+}}");
        }
        var dropped = InnerDropped;
        var added = InnerAdded;
        return $"{string.Join(' ', parts)} (dropped: {(dropped.Count == 0 ? "none" : string.Join(", ", dropped.Select(w => $"“{w}”")))}; " +
            $"added: {(added.Count == 0 ? "none" : string.Join(", ", added.Select(w => $"“{w}”")))}).";
    }

    public static WordDiff Compare(string first, string second)
    {
        var a = Comparable(Words(first));
        var b = Comparable(Words(second));
        var keyA = a.Select(Key).ToArray();
        var keyB = b.Select(Key).ToArray();
        // lengths[i, j]: longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lengths[i, j] = keyA[i] == keyB[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        // Two longest common subsequences: matching a shared word as soon as it comes, or as late as the length allows.
        // They differ where a word of the shorter quote also occurs just before the stretch it was taken from
        // ("who we are.' We've got to" against "We have got to"); the one with fewer changes inside is the reading.
        var early = Canonical(Walk(a, b, keyA, keyB, lengths, late: false));
        var late = Canonical(Walk(a, b, keyA, keyB, lengths, late: true));
        var diff = new WordDiff(early, a.Count, b.Count);
        var other = new WordDiff(late, a.Count, b.Count);
        return other.InnerDropped.Count + other.InnerAdded.Count < diff.InnerDropped.Count + diff.InnerAdded.Count ? other : diff;
    }

    private static List<DiffWord> Walk(IReadOnlyList<string> a, IReadOnlyList<string> b, string[] keyA, string[] keyB, int[,] lengths, bool late)
    {
        var steps = new List<DiffWord>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            var match = x < a.Count && y < b.Count && keyA[x] == keyB[y];
            // Late: pass over a shared word while skipping it keeps the subsequence as long.
            if (match && late && (lengths[x, y + 1] == lengths[x, y] || lengths[x + 1, y] == lengths[x, y])) match = false;
            if (match) { steps.Add(new DiffWord(DiffOp.Same, a[x])); x++; y++; }
            else if (y < b.Count && (x == a.Count || lengths[x, y + 1] >= lengths[x + 1, y])) steps.Add(new DiffWord(DiffOp.Added, b[y++]));
            else steps.Add(new DiffWord(DiffOp.Dropped, a[x++]));
        }
        return steps;
    }

    /// <summary>
    /// The words as compared: English contractions spelled out ("we've" = "we have", "don't" = "do not", so a
    /// transcript's spelling is no alteration; the ambiguous "'s" and "'d" stay) and disfluencies left out ("uh",
    /// "um", "euh", "I mean", "you know"), which quoting practice drops from speech without altering it.
    /// </summary>
    private static List<string> Comparable(IReadOnlyList<string> words)
    {
        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var key = Key(words[i]);
            if (key is "uh" or "um" or "er" or "euh" or "hum") continue;
            if (i + 1 < words.Count && (key, Key(words[i + 1])) is ("i", "mean") or ("you", "know")) { i++; continue; }
            var spelled = Contractions.FirstOrDefault(c => key.EndsWith(c.Suffix, StringComparison.Ordinal) && key.Length > c.Suffix.Length);
            if (spelled.Suffix is null) { result.Add(words[i]); continue; }
            var stem = key[..^spelled.Suffix.Length];
            result.Add(stem switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => words[i][..stem.Length] });
            result.Add(spelled.Full);
        }
        return result;
    }

    private static readonly (string Suffix, string Full)[] Contractions = [("n't", "not"), ("'ve", "have"), ("'re", "are"), ("'ll", "will"), ("'m", "am")];

    private static List<DiffWord> Canonical(List<DiffWord> steps)
    {
        var result = new List<DiffWord>(steps.Count);
        for (var i = 0; i < steps.Count;)
        {
            if (steps[i].Op == DiffOp.Same) { result.Add(steps[i++]); continue; }
            var run = new List<DiffWord>();
            while (i < steps.Count && steps[i].Op != DiffOp.Same) run.Add(steps[i++]);
            result.AddRange(run.Where(s => s.Op == DiffOp.Dropped));
            result.AddRange(run.Where(s => s.Op == DiffOp.Added));
        }
        return result;
    }

    /// <summary>The words of a quote as <see cref="Compare"/> matches them: folded, contractions spelled out, disfluencies left out.</summary>
    public static IReadOnlyList<string> ComparedWords(string text) => Comparable(Words(text)).Select(Key).ToList();

    /// <summary>Words of a quote as written ("l'intention" is one word), at most <see cref="MaximumWords"/>.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text.Normalize(NormalizationForm.FormC)).Select(m => m.Value).Take(MaximumWords).ToList();

    private static string Key(string word) =>
        word.ToLower(CultureInfo.InvariantCulture).Replace('’', '\'').Replace('‘', '\'').Replace('‑', '-').Replace('–', '-');

    private static bool HasNegation(IEnumerable<string> words) =>
        JudgingLexicon.HasNegation(words.SelectMany(JudgingLexicon.Tokenize).ToList());

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
