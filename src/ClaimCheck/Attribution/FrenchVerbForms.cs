namespace ClaimCheck.Attribution;

/// <summary>
/// Third-person past forms of French verbs, read from a folded form and its lemma, for telling narration from speech
/// in a dialogue: the imperfect ("allait", "semblaient") and the simple past ("rappela", "écrièrent", "reprit", "vint").
/// </summary>
internal static class FrenchVerbForms
{
    /// <summary>A third-person simple past, singular: "commanda", "écria", "reprit", "interrompit", "conclut", "vint".</summary>
    public static bool IsSimplePast(string form, string? lemma) => IsFirstGroupSimplePast(form, lemma, plural: false) || IsOtherSimplePast(form, lemma);

    /// <summary>A third-person form of narration: imperfect, or simple past singular or (first group) plural.</summary>
    public static bool IsNarrativePast(string form, string? lemma) =>
        form.EndsWith("ait", StringComparison.Ordinal) || form.EndsWith("aient", StringComparison.Ordinal)
        || IsFirstGroupSimplePast(form, lemma, plural: true) || IsOtherSimplePast(form, lemma);

    /// <summary>A first-group verb's stem + "a" ("mangea", "commença"), or + "èrent" when <paramref name="plural"/>.</summary>
    private static bool IsFirstGroupSimplePast(string form, string? lemma, bool plural)
    {
        if (FirstGroupStem(lemma) is not { } stem) return false;
        return form == stem + "a" || plural && form == stem + "erent"
               || stem.EndsWith('g') && form == stem + "ea" || stem.EndsWith('c') && form == stem[..^1] + "ca";
    }

    /// <summary>Another verb's form in "-it", "-ut", "-int" that is not its infinitive ("reprit", "conclut", "vint").</summary>
    private static bool IsOtherSimplePast(string form, string? lemma)
    {
        if (lemma is null || FirstGroupStem(lemma) is not null || AttributionLexicon.Fold(lemma) == form) return false;
        return form.EndsWith("it", StringComparison.Ordinal) || form.EndsWith("ut", StringComparison.Ordinal) || form.EndsWith("int", StringComparison.Ordinal);
    }

    /// <summary>The folded stem of a first-group infinitive ("rappeler" → "rappel"), or null.</summary>
    private static string? FirstGroupStem(string? lemma)
    {
        if (lemma is null || lemma.Length < 4 || !lemma.EndsWith("er", StringComparison.Ordinal)) return null;
        return AttributionLexicon.Fold(lemma[..^2]);
    }
}
