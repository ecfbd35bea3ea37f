namespace ClaimCheck.Language;

/// <summary>Scores of a tagger model on gold sentences. UPOS and lemma accuracy are over gold tokens (lemmas with
/// the predicted tags, end to end); "unknown" tokens are forms absent from the lemma table, i.e. unseen in training.
/// Tokenizer F1 compares <see cref="Tokenizer"/>'s spans on each sentence's text with the gold surface tokens.</summary>
public sealed record TaggerScores(
    int Sentences,
    int Tokens,
    double UposAccuracy,
    double LemmaAccuracy,
    int UnknownTokens,
    double UnknownUposAccuracy,
    double UnknownLemmaAccuracy,
    double TokenizerF1)
{
    public string ToText() =>
        $"sentences {Sentences}, tokens {Tokens}\n" +
        $"UPOS accuracy   {UposAccuracy:F4} (unknown words {UnknownUposAccuracy:F4}, {UnknownTokens} tokens)\n" +
        $"lemma accuracy  {LemmaAccuracy:F4} (unknown words {UnknownLemmaAccuracy:F4})\n" +
        $"tokenizer F1    {TokenizerF1:F4} (against the gold surface tokens of each sentence's text)\n";
}

public static class TaggerEvaluation
{
    public static TaggerScores Evaluate(TaggerModel model, IEnumerable<TaggedSentence> gold)
    {
        int sentences = 0, tokens = 0, upos = 0, lemma = 0, unknown = 0, unknownUpos = 0, unknownLemma = 0;
        long goldSpans = 0, predictedSpans = 0, matchedSpans = 0;
        foreach (var sentence in gold)
        {
            sentences++;
            var tags = model.Tagger.Tag(sentence.Forms);
            for (var i = 0; i < sentence.Forms.Length; i++)
            {
                var tagRight = tags[i] == sentence.Upos[i];
                var lemmaRight = model.Lemmatizer.Lemmatize(sentence.Forms[i], tags[i]) == sentence.Lemmas[i];
                tokens++;
                upos += tagRight ? 1 : 0;
                lemma += lemmaRight ? 1 : 0;
                if (model.Lemmatizer.Knows(sentence.Forms[i]))
                    continue;
                unknown++;
                unknownUpos += tagRight ? 1 : 0;
                unknownLemma += lemmaRight ? 1 : 0;
            }
            var (g, p, m) = TokenizerAgreement(sentence);
            goldSpans += g;
            predictedSpans += p;
            matchedSpans += m;
        }
        var precision = predictedSpans == 0 ? 0 : (double)matchedSpans / predictedSpans;
        var recall = goldSpans == 0 ? 0 : (double)matchedSpans / goldSpans;
        return new TaggerScores(sentences, tokens, Ratio(upos, tokens), Ratio(lemma, tokens), unknown,
            Ratio(unknownUpos, unknown), Ratio(unknownLemma, unknown),
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Gold spans found in order in the sentence text, our spans, and how many coincide exactly.</summary>
    private static (int Gold, int Predicted, int Matched) TokenizerAgreement(TaggedSentence sentence)
    {
        if (sentence.Text.Length == 0)
            return (0, 0, 0);
        var gold = new HashSet<(int, int)>();
        var cursor = 0;
        foreach (var form in sentence.Forms)
        {
            var at = sentence.Text.IndexOf(form, cursor, StringComparison.Ordinal);
            if (at < 0)
                continue;
            gold.Add((at, at + form.Length));
            cursor = at + form.Length;
        }
        var predicted = Tokenizer.Tokenize(sentence.Text);
        var matched = predicted.Count(t => gold.Contains((t.Start, t.End)));
        return (gold.Count, predicted.Count, matched);
    }
}
