namespace ClaimCheck.Judging;

/// <summary>A conflict the two statements show on their surface, with the words a reviewer can check.</summary>
public sealed record ConflictSignal(string Kind, string Reason);

/// <summary>
/// How two statements line up word by word: which content words (stems) they share, how much of the shorter one is
/// covered, which names they share, and the conflicts that hold between the aligned parts (a negation that governs
/// an aligned word on one side only, antonyms, a replaced figure, year or name in otherwise matching statements).
///
/// This is the judge's evidence that a pair is about the same thing before anything about it may be flagged: on real
/// news almost every pair of claims is unrelated, and a classifier over surface features alone flags unrelated pairs
/// that merely share a word or a negation ("I am proud of you" against "Don't you do it").
/// </summary>
public sealed record ClaimComparison(
    double Coverage,
    int AlignedCount,
    int AlignedWords,
    int UnalignedFirst,
    int UnalignedSecond,
    IReadOnlyList<string> Aligned,
    IReadOnlyList<string> SharedNames,
    bool SameSpeaker,
    IReadOnlyList<ConflictSignal> Signals)
{
    /// <summary>Share of the shorter statement's content words the other must contain to be about the same thing.</summary>
    public const double TopicalCoverage = 0.5;

    /// <summary>Fewest aligned content words: one shared word ("enough") is a coincidence, not a topic.</summary>
    public const int TopicalAlignedWords = 3;

    /// <summary>
    /// The statements are about the same thing: most of the shorter one's content words recur in the other, at least
    /// two of them words other than names (they say the same thing, not merely name the same person), and the overlap
    /// is anchored in a shared name or speaker or is large enough to be a restatement.
    /// </summary>
    public bool IsTopical =>
        Coverage >= TopicalCoverage && AlignedWords >= 2
        && (SharedNames.Count > 0 || SameSpeaker || AlignedCount >= TopicalAlignedWords);

    /// <summary>Most sentences compared per statement: a long quote is judged on its best-aligned sentence, with bounded work.</summary>
    public const int MaxSentences = 12;

    /// <summary>
    /// Compares two statements on their best-aligned sentences: a claim is a sentence, and two long quotes that share
    /// words across different sentences are not thereby about the same thing.
    /// </summary>
    /// <summary>
    /// Enough to trust a rule over the two frames: topical, or most of the shorter statement recurs and two names
    /// (the people or events the frames relate) are in both: "Poutine veut rencontrer Biden au G20" against "Joe Biden
    /// n'a pas l'intention de parler avec Vladimir Poutine au G20" share no word but names; the frames relate
    /// rencontrer and parler.
    /// </summary>
    public bool SupportsFrameRules => IsTopical || (Coverage >= TopicalCoverage && SharedNames.Count >= 2);

    public static ClaimComparison Compare(string first, string second, string? language, string? firstSpeaker = null, string? secondSpeaker = null)
    {
        var sameSpeaker = firstSpeaker is not null && secondSpeaker is not null && string.Equals(firstSpeaker, secondSpeaker, StringComparison.Ordinal);
        var aSentences = Sentences(first).Select(t => (Text: t, Stems: ContentStems(JudgingLexicon.Tokenize(t)))).ToList();
        var bSentences = Sentences(second).Select(t => (Text: t, Stems: ContentStems(JudgingLexicon.Tokenize(t)))).ToList();
        (string A, string B, double Coverage, int Aligned) best = (first, second, -1, -1);
        foreach (var (a, aStems) in aSentences)
        {
            foreach (var (b, bStems) in bSentences)
            {
                var aligned = aStems.Count(bStems.Contains);
                var shorter = Math.Min(aStems.Count, bStems.Count);
                var coverage = shorter == 0 ? 0 : (double)aligned / shorter;
                if (coverage > best.Coverage || (coverage == best.Coverage && aligned > best.Aligned)) best = (a, b, coverage, aligned);
            }
        }
        return CompareSentences(best.A, best.B, language, sameSpeaker);
    }

    private static ClaimComparison CompareSentences(string first, string second, string? language, bool sameSpeaker)
    {
        var a = JudgingLexicon.Tokenize(first);
        var b = JudgingLexicon.Tokenize(second);
        var aStems = ContentStems(a);
        var bStems = ContentStems(b);
        var aligned = aStems.Where(bStems.Contains).Order(StringComparer.Ordinal).ToList();
        var shorter = Math.Min(aStems.Count, bStems.Count);
        var coverage = shorter == 0 ? 0 : (double)aligned.Count / shorter;
        var aNames = Names(first);
        var bNames = Names(second);
        var sharedNames = aNames.Where(bNames.Contains).Order(StringComparer.Ordinal).ToList();

        var nameStems = aNames.Concat(bNames).Select(JudgingLexicon.Stem).ToHashSet(StringComparer.Ordinal);
        var alignedWords = aligned.Count(w => !nameStems.Contains(w));
        var signals = new List<ConflictSignal>();
        var comparison = new ClaimComparison(coverage, aligned.Count, alignedWords, aStems.Count - aligned.Count, bStems.Count - aligned.Count,
            aligned, sharedNames, sameSpeaker, signals);
        if (!comparison.IsTopical) return comparison;

        var alignedSet = aligned.ToHashSet(StringComparer.Ordinal);
        // A negation is in conflict through what it negates: an aligned word that is not a name ("didn't Donald Trump pay"
        // negates paying, not Donald Trump).
        var aNegated = NegatedStems(a).Where(w => alignedSet.Contains(w) && !nameStems.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var bNegated = NegatedStems(b).Where(w => alignedSet.Contains(w) && !nameStems.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var onlyA = aNegated.Except(bNegated).Order(StringComparer.Ordinal).ToList();
        var onlyB = bNegated.Except(aNegated).Order(StringComparer.Ordinal).ToList();
        if (onlyA.Count > 0 || onlyB.Count > 0)
        {
            var (negatedText, affirmedText, words) = onlyA.Count > 0 ? (first, second, onlyA) : (second, first, onlyB);
            signals.Add(new ConflictSignal("negation",
                $"“{ClaimRules.Clip(negatedText)}” negates {Quote(words)}, which “{ClaimRules.Clip(affirmedText)}” affirms " +
                $"({aligned.Count} content words shared: {string.Join(", ", aligned.Take(6))})."));
        }

        var aUnaligned = a.Where(t => !alignedSet.Contains(JudgingLexicon.Stem(t))).ToList();
        var bUnaligned = b.Where(t => !alignedSet.Contains(JudgingLexicon.Stem(t))).ToList();
        if (JudgingLexicon.HasAntonymPair(aUnaligned, bUnaligned, out var pair))
            signals.Add(new ConflictSignal("antonym",
                $"Opposite words ({pair}) in otherwise matching statements “{ClaimRules.Clip(first)}” and “{ClaimRules.Clip(second)}”."));

        var aNumbers = TextNumbers.Read(first, language);
        var bNumbers = TextNumbers.Read(second, language);
        var aAmounts = aNumbers.Where(n => !n.IsYear).ToList();
        var bAmounts = bNumbers.Where(n => !n.IsYear).ToList();
        var aOnly = aAmounts.Where(n => !bAmounts.Any(m => m.IsPercent == n.IsPercent && TextNumbers.SameValue(m.Value, n.Value, ClaimRules.NumericTolerance))).ToList();
        var bOnly = bAmounts.Where(n => !aAmounts.Any(m => m.IsPercent == n.IsPercent && TextNumbers.SameValue(m.Value, n.Value, ClaimRules.NumericTolerance))).ToList();
        // A figure replaced by another of the same kind, in statements that otherwise match closely.
        if (coverage >= 0.7 && aOnly.Count > 0 && bOnly.Count > 0 && aOnly.Any(x => bOnly.Any(y => x.IsPercent == y.IsPercent)))
        {
            var x = aOnly[0];
            var y = bOnly.First(v => v.IsPercent == x.IsPercent);
            signals.Add(new ConflictSignal("number",
                $"The figure {x.Value:G6}{(x.IsPercent ? " %" : "")} in “{ClaimRules.Clip(first)}” is {y.Value:G6}{(y.IsPercent ? " %" : "")} in “{ClaimRules.Clip(second)}”."));
        }
        var aYears = aNumbers.Where(n => n.IsYear).Select(n => n.Value).ToHashSet();
        var bYears = bNumbers.Where(n => n.IsYear).Select(n => n.Value).ToHashSet();
        if (coverage >= 0.7 && aYears.Count > 0 && bYears.Count > 0 && !aYears.Overlaps(bYears))
            signals.Add(new ConflictSignal("date",
                $"The year {string.Join("/", aYears.Order())} in “{ClaimRules.Clip(first)}” is {string.Join("/", bYears.Order())} in “{ClaimRules.Clip(second)}”."));

        // A different name in the same place of two otherwise matching statements: someone else did or said it.
        var aNovel = aNames.Where(n => !bNames.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var bNovel = bNames.Where(n => !aNames.Contains(n)).Order(StringComparer.Ordinal).ToList();
        // One name each (a name may be two or three words: "Angela Merkel" against "Theresa May"), and nothing else changed.
        var unalignedOtherThanNames = Math.Max(comparison.UnalignedFirst - aNovel.Count, comparison.UnalignedSecond - bNovel.Count);
        if (coverage >= 0.8 && aNovel.Count is >= 1 and <= 3 && bNovel.Count is >= 1 and <= 3 && unalignedOtherThanNames <= 1)
            signals.Add(new ConflictSignal("entity",
                $"“{ClaimRules.Clip(first)}” names {string.Join(" ", aNovel)} where “{ClaimRules.Clip(second)}” names {string.Join(" ", bNovel)}."));

        return comparison;
    }

    private static HashSet<string> ContentStems(IReadOnlyList<string> tokens) =>
        tokens.Where(IsContent).Select(JudgingLexicon.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word that can carry what a statement is about: not a function word, a pronoun, an auxiliary or a light verb.</summary>
    internal static bool IsContent(string token) =>
        JudgingLexicon.IsContentToken(token) && !FunctionWords.Contains(token) && !(token.Length <= 2 && !char.IsDigit(token[0]));

    // Pronouns, auxiliaries, light verbs and discourse words of both languages (accent-folded, as tokens are). They
    // recur in any two quotes, so sharing them, or negating one, says nothing about the statements being the same.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "we", "you", "him", "them", "us", "our", "ours", "your", "yours", "my", "mine", "me", "i", "its", "theirs", "himself", "herself",
        "themselves", "itself", "ourselves", "myself", "what", "when", "where", "why", "how", "all", "any", "some", "so", "but", "if",
        "because", "about", "just", "also", "very", "really", "can", "could", "should", "may", "might", "must", "shall", "am", "being",
        "get", "got", "go", "going", "gone", "went", "make", "made", "say", "said", "says", "tell", "told", "think", "know", "like",
        "want", "way", "thing", "things", "lot", "one", "out", "up", "here", "now", "then", "more", "most", "much", "many", "other",
        "into", "over", "after", "before", "while", "said", "says", "yes", "well", "even", "still", "only", "every", "each", "such",
        "nous", "vous", "moi", "toi", "eux", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ton", "ta", "tes", "ceux", "celle",
        "celles", "celui", "cela", "ca", "ici", "tout", "tous", "toute", "toutes", "mais", "si", "car", "donc", "alors", "aussi",
        "tres", "bien", "plus", "moins", "etre", "avoir", "suis", "es", "sommes", "etes", "serait", "seront", "serons", "sera", "etaient",
        "avons", "avez", "avaient", "aura", "auront", "aurait", "faire", "fait", "faut", "peut", "peuvent", "pourrait", "doit", "doivent",
        "dire", "dit", "disent", "va", "vont", "aller", "chose", "choses", "quand", "comment", "pourquoi", "ou", "dont", "quoi",
        "apres", "avant", "depuis", "pendant", "entre", "sans", "sous", "vers", "chez", "contre", "encore", "deja", "meme", "autre",
        "autres", "chaque", "quelque", "quelques", "certains", "selon", "ainsi", "oui", "non", "lors",
    };

    /// <summary>The statement's sentences (at most <see cref="MaxSentences"/>; the rest joins the last).</summary>
    internal static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length && sentences.Count < MaxSentences - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '\n')) continue;
            var next = i + 1;
            while (next < text.Length && text[next] is ' ' or '"' or '»' or '”' or '\'' or '’' or '\n') next++;
            if (next < text.Length && !char.IsUpper(text[next]) && text[i] != '\n') continue;
            var sentence = text[start..(i + 1)].Trim();
            if (sentence.Length > 0) sentences.Add(sentence);
            start = i + 1;
        }
        var last = text[start..].Trim();
        if (last.Length > 0 || sentences.Count == 0) sentences.Add(last);
        return sentences;
    }

    /// <summary>
    /// Stems in the scope of a negation: in French the words between "ne" and its second half (pas, jamais, plus,
    /// rien...) and the two content words after it ("n'a pas l'intention de parler"); in English the three words
    /// after not / n't / never / no. "sans" / "without" scope over the next two content words.
    /// </summary>
    internal static IEnumerable<string> NegatedStems(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var french = token is "pas" or "jamais" or "rien" or "aucun" or "aucune" or "guere" or "nullement" || (token == "plus" && JudgingLexicon.HasNeBefore(tokens, i));
            var english = token is "not" or "nt" or "never" or "no" or "cannot" or "without" or "sans";
            if (!french && !english) continue;
            if (french)
            {
                for (var j = i - 1; j >= Math.Max(0, i - 4) && tokens[j] is not ("ne" or "n"); j--)
                    if (IsContent(tokens[j])) yield return JudgingLexicon.Stem(tokens[j]);
            }
            var taken = 0;
            for (var j = i + 1; j < tokens.Count && j <= i + 5 && taken < (english ? 3 : 2); j++)
            {
                if (!IsContent(tokens[j])) continue;
                taken++;
                yield return JudgingLexicon.Stem(tokens[j]);
            }
        }
    }

    /// <summary>Capitalized words past a sentence start, folded: an approximation of names in both languages.</summary>
    internal static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var atStart = true;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var word = text[start..i];
                if (!atStart && word.Length > 1 && char.IsUpper(word[0]) && !(word.All(char.IsUpper) && word.Length > 5))
                    names.Add(JudgingLexicon.FoldAccents(word.ToLowerInvariant()));
                atStart = false;
                start = -1;
            }
            // After an elision ("l'Élysée") the next word is not a sentence start, so it stays a name.
            if (c is '.' or '!' or '?' or '«' or '“' or '"' or ':' or '—') atStart = true;
        }
        return names;
    }

    private static string Quote(IReadOnlyList<string> stems) => string.Join(", ", stems.Select(s => $"“{s}…”"));
}
