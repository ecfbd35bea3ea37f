namespace ClaimCheck.Extraction;

/// <summary>
/// Compares speakers by the names articles give them, for golds that write the source as the article does
/// ("Trump", "Sen. Tim Kaine", "The New York Post") rather than as a registry id.
/// </summary>
public static class SpeakerNames
{
    /// <summary>
    /// True when the predicted name is the gold one: the same last name, or every name word of one within the
    /// other's ("Tim Kaine" in "Sen. Tim Kaine"). Words are folded (case, accents) and split at apostrophes;
    /// only capitalized words of the gold count, so "Trump's campaign" is Trump.
    /// </summary>
    public static bool SameName(string gold, string? predicted)
    {
        if (predicted is null) return false;
        var goldWords = NameWords(gold, capitalizedOnly: true);
        var predictedWords = NameWords(predicted, capitalizedOnly: false);
        if (goldWords.Count == 0 || predictedWords.Count == 0) return false;
        if (goldWords[^1] == predictedWords[^1]) return true;
        return goldWords.All(predictedWords.Contains) || predictedWords.All(goldWords.Contains);
    }

    /// <summary>
    /// The name in a source mention, or null when it has none ("he", "a senior official", "Officials" opening a
    /// sentence): its first run of capitalized words ("Ed Rendell" in "Ed Rendell, a Clinton supporter"), without
    /// a leading article or pronoun ("The", "His"); a run of one word opening a sentence counts only if the text
    /// also writes that word capitalized inside a sentence.
    /// </summary>
    public static string? NameIn(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new List<(int Start, int End)>();
        var position = start;
        while (Speakers.SpeakerRegistry.NextWord(text, position, out var wordStart, out var wordEnd) && wordEnd <= end)
        {
            var joined = run.Count > 0 && OnlySpacesOrDots(text, run[^1].End, wordStart);
            position = wordEnd;
            if (char.IsUpper(text[wordStart]) && (run.Count == 0 || joined))
            {
                if (run.Count == 0 && NotNames.Contains(text[wordStart..wordEnd])) continue;
                run.Add((wordStart, wordEnd));
                continue;
            }
            // A run followed by a lowercase word qualifies that word ("The Democratic nominee", "Several former RT
            // journalists"): the mention is the noun's, not the name's. Punctuation, "of", "and", "who" end the name.
            if (run.Count > 0 && Qualifies(text, run[^1].End, wordStart, text[wordStart..wordEnd])) { run.Clear(); continue; }
            if (run.Count > 0 && (run.Count > 1 || !OpensSentence(text, run[0].Start) || CapitalizedInside(text, text[run[0].Start..run[0].End]))) break;
            run.Clear();
        }
        if (run.Count == 1 && OpensSentence(text, run[0].Start) && !CapitalizedInside(text, text[run[0].Start..run[0].End])) return null;
        return run.Count == 0 ? null : string.Join(' ', run.Select(r => text[r.Start..r.End]));
    }

    /// <summary>Capitalized words that open a mention without naming anyone.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "My",
        "Le", "La", "Les", "L", "Un", "Une", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Son", "Sa", "Ses", "Leur", "Leurs",
    };

    private static bool Qualifies(string text, int runEnd, int nextStart, string next) =>
        OnlySpacesOrDots(text, runEnd, nextStart) && char.IsLower(next[0]) && next is not ("of" or "and" or "who" or "at" or "from" or "for" or "in" or "on" or "de" or "du" or "des" or "qui" or "et");

    private static bool OnlySpacesOrDots(string text, int from, int to)
    {
        for (var i = from; i < to; i++) if (text[i] is not (' ' or '.')) return false;
        return true;
    }

    private static bool OpensSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '“' or '"' or '‘' or '\'' or '(' or '—' or '-') continue;
            return c is '.' or '!' or '?' or '\n' or ':' or '”';
        }
        return true;
    }

    private static bool CapitalizedInside(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var after = at + word.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (after == text.Length || !char.IsLetterOrDigit(text[after]));
            if (whole && !OpensSentence(text, at)) return true;
        }
        return false;
    }

    private static List<string> NameWords(string name, bool capitalizedOnly)
    {
        var words = new List<string>();
        var position = 0;
        while (Speakers.SpeakerRegistry.NextWord(name, position, out var start, out var end))
        {
            position = end;
            if (capitalizedOnly && !char.IsUpper(name[start])) continue;
            words.Add(TextFold.Fold(name.AsSpan(start, end - start)));
        }
        return words;
    }
}
