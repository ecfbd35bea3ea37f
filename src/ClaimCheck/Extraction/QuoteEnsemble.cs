using ClaimCheck.Attribution;
using ClaimCheck.Speakers;

namespace ClaimCheck.Extraction;

/// <summary>
/// Combines the two readers of an article. The quotation-structure rules of extractor/1.x find quotes precisely
/// but leave most speakers unknown on real news (pronouns, people outside the registry), so every rule quote is
/// kept and a rule quote without a speaker is attributed from the language layer: its cue and source are those
/// of the trained tagger's attribution over the same words when it has a cue, otherwise the reporting clause of
/// its sentence (<see cref="ReportingClause"/>), and the <see cref="SpeakerResolver"/> links that source to an
/// entity of the article, with the rules' own speakers as the previous speakers pronouns may refer to. In English,
/// the learned quotes the rules and reports missed are added and resolved with the others; in French they are not
/// (see <see cref="AddsLearnedQuotes"/>).
/// </summary>
public static class QuoteEnsemble
{
    /// <param name="inContent">Whether a character offset lies in the article's own text (the rules' boilerplate and teaser
    /// detection); reports elsewhere are not the article's. Null: everywhere.</param>
    public static List<ExtractedQuote> Combine(IReadOnlyList<ExtractedQuote> rules, AttributionReading reading, AttributionLexicon lexicon, SpeakerRegistry registry,
        Func<int, bool>? inContent = null)
    {
        var x = reading.Input;
        var turnStarts = x.Regions.Where(r => IsTurn(x, r)).Select(r => r.First).ToArray();
        var body = rules.Where(q => q.Kind != QuoteKind.Headline).Select(q => BeforeDialogue(x, q, turnStarts)).OfType<ExtractedQuote>().ToList();
        var turns = DialogueTurns(reading, body, inContent ?? (_ => true));
        // The rules read "-- Non, répondit Paul" as indirect speech; inside a turn the words are the turn's own.
        if (turns.Count > 0)
        {
            var turnTokens = new TokenCover(x.Count, turns.Keys.Select(t => ReportingClause.Tokens(x, t.Start, t.End)));
            body.RemoveAll(q => q.Kind == QuoteKind.Indirect && turnTokens.Any(ReportingClause.Tokens(x, q.Start, q.End)));
        }
        body.AddRange(turns.Keys);
        var reports = Reports(x, body, inContent ?? (_ => true));
        body.AddRange(reports.Keys);
        var learnedOnly = LearnedOnly(reading, body, registry, inContent ?? (_ => true));
        body.AddRange(learnedOnly.Keys);
        body.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var attributions = new List<FoundAttribution>(body.Count);
        var given = new ResolvedSpeaker?[body.Count];
        var joint = new bool[body.Count];
        var title = new bool[body.Count];
        for (var k = 0; k < body.Count; k++)
        {
            var quote = body[k];
            var (first, last) = ReportingClause.Tokens(x, quote.Start, quote.End);
            var (cue, source) = reports.TryGetValue(quote, out var reported)
                ? ((reported.CueFirst, reported.CueLast), ReportingClause.SourceOf(x, reported.CueFirst, first, last))
                : turns.TryGetValue(quote, out var turn) ? turn is { } incise ? ((incise.Cue, incise.Cue), incise.Source) : (null, null)
                : ReportingClause.Read(x, first, last);
            if (learnedOnly.TryGetValue(quote, out var finding) && finding.Source is not null) (cue, source) = (finding.Cue, finding.Source);
            else if (source is null && !turns.ContainsKey(quote) && Overlapping(reading, first, last) is { Cue: not null } learned) (cue, source) = (learned.Cue, learned.Source);
            attributions.Add(new FoundAttribution([(first, last)], cue, source, quote.Confidence));
            title[k] = quote.Kind == QuoteKind.Direct && cue is null && source is null && quote.SpeakerId is null && IsTitle(x, first, last);
            // A joint statement ("Poutine et Xi ont déclaré") is nobody's alone, whoever the rules picked.
            if (source is { } s && ReportingClause.IsJoint(x, s)) joint[k] = true;
            else if (quote.SpeakerId is not null && KeepsRuleSpeakers(x.Language)) given[k] = new ResolvedSpeaker(quote.Speaker ?? quote.SpeakerId, quote.SpeakerId, "rules", quote.Confidence);
        }
        var speakers = new SpeakerResolver(registry, lexicon).Resolve(x, attributions, given);
        var combined = new List<ExtractedQuote>(rules.Count);
        combined.AddRange(rules.Where(q => q.Kind == QuoteKind.Headline));
        for (var k = 0; k < body.Count; k++)
        {
            var quote = body[k];
            if (title[k]) continue;
            if (joint[k] && quote.SpeakerId is not null)
            {
                combined.Add(quote with { Speaker = null, SpeakerId = null, Confidence = Math.Min(quote.Confidence, 0.25) });
                continue;
            }
            if (turns.TryGetValue(quote, out var turnIncise))
            {
                // A turn without an incise is not given the previous speaker: in a dialogue the turns alternate.
                var who = turnIncise is null ? null : speakers[k];
                combined.Add(quote with
                {
                    Speaker = who?.Name,
                    SpeakerId = who?.Id,
                    Confidence = who is { } w ? Math.Round(Math.Min(w.Confidence, 0.5), 3) : quote.Confidence,
                    Claim = ClaimFrameParser.Parse(quote.Text, x.Language, registry, who?.Id),
                });
                continue;
            }
            if (reports.ContainsKey(quote) || learnedOnly.ContainsKey(quote))
            {
                // A report's claim is read once its speaker is known: the speaker is the frame's default subject.
                var id = speakers[k]?.Id;
                combined.Add(quote with
                {
                    Speaker = speakers[k]?.Name,
                    SpeakerId = id,
                    Confidence = speakers[k] is { } s ? Math.Round(Math.Min(s.Confidence, 0.5), 3) : quote.Confidence,
                    Claim = ClaimFrameParser.Parse(quote.Text, x.Language, registry, id),
                });
                continue;
            }
            if (quote.SpeakerId is not null && KeepsRuleSpeakers(x.Language) || speakers[k] is not { } speaker) { combined.Add(quote); continue; }
            var cue = attributions[k].Cue is { } c ? x.Text[x.Tokens[c.First].Start..x.Tokens[c.Last].End] : null;
            combined.Add(quote with
            {
                Speaker = speaker.Name,
                SpeakerId = speaker.Id,
                Cue = quote.Cue ?? cue,
                Confidence = Math.Round(Math.Min(speaker.Confidence, Math.Max(quote.Confidence, 0.5)), 3),
                // The claim's subject defaults to its speaker when the quote itself names none, as the rules' own claims do
                // (an English rule speaker replaced here was also its claim's default subject).
                Claim = quote.Claim with { Subject = quote.Claim.Subject is null || quote.Claim.Subject == quote.SpeakerId ? speaker.Id : quote.Claim.Subject },
            });
        }
        combined.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return combined;
    }

    private const double UnattributedReport = 0.2;

    /// <summary>
    /// Words in quotation marks that name a thing rather than report speech: "le premier « Rapport mondial sur le
    /// paludisme »", "un nouveau parti, « Alliance pour l'avenir de l'Autriche »". In French, where the tagger reads verbs:
    /// at most 12 words, capitalized, with no verb and no closing punctuation, and (checked by the caller) no cue, no
    /// source and no speaker. English is left alone: PolNeAR attributes titles to their authors ("“American Skin” by Springsteen").
    /// </summary>
    private static bool IsTitle(AttributionInput x, int first, int last)
    {
        if (x.Tags is null) return false;
        while (first <= last && x.Quote[first] != 0) first++;
        while (last >= first && (x.Quote[last] != 0 || x.Folded[last] is "," or ";")) last--;
        if (first > last || last - first + 1 > 12 || x.Shape[first] is not ("Xx" or "X")) return false;
        if (x.Folded[last] is "." or "!" or "?" or "..." or "…") return false;
        for (var k = first; k <= last; k++) if (x.Tags[k] is "VERB" or "AUX") return false;
        return true;
    }

    /// <summary>
    /// The fewest tokens a learned-only quote has: shorter contents are mostly objects of verbs the tagger takes for
    /// cues ("thanked the allies"). On PolNeAR dev, 1 / 2 / 3 / 5 give F1 0.600 / 0.606 / 0.605 / 0.600 and precision
    /// 0.595 / 0.616 / 0.626 / 0.639; 3 keeps the F1 and the precision a flag needs.
    /// </summary>
    private const int LearnedMinTokens = 3;

    /// <summary>
    /// Turns of a dialogue no rule quote covers (the language layer's dialogue regions: "— Oui. — Non, dit-il.", "-- Va,
    /// dit-il, je pars."), as direct quotes: the words after the dash, split around the incise that attributes them, which
    /// is the turn's attribution (null when it has none).
    /// </summary>
    private static Dictionary<ExtractedQuote, ReportingClause.Incise?> DialogueTurns(AttributionReading reading, List<ExtractedQuote> rules, Func<int, bool> inContent)
    {
        var x = reading.Input;
        var covered = new TokenCover(x.Count, rules.Where(q => q.Kind != QuoteKind.Indirect).Select(q => ReportingClause.Tokens(x, q.Start, q.End)));
        var turns = new Dictionary<ExtractedQuote, ReportingClause.Incise?>(ReferenceEqualityComparer.Instance);
        foreach (var region in x.Regions)
        {
            if (!IsTurn(x, region) || !inContent(x.Tokens[region.First].Start)) continue;
            // "“...” ― Carla Sanchez": a signature after a quotation, not a turn.
            if (ReportingClause.Signature(x, region.First - 1) is not null) continue;
            var (first, last) = (region.First + 1, region.Last);
            last = NarrationResumes(x, first, last) - 1;
            if (first > last || covered.Any((first, last))) continue;
            var incise = ReportingClause.FindIncise(x, first, last, dialogue: true);
            if (incise is { } i)
            {
                AddTurn(first, i.Open, incise);
                AddTurn(i.Close + 1, last, incise);
            }
            else AddTurn(first, last, null);
        }
        return turns;

        void AddTurn(int from, int to, ReportingClause.Incise? incise)
        {
            while (from <= to && x.Shape[from] is not ("x" or "X" or "Xx" or "xX" or "d")) from++;
            if (from > to) return;
            var start = x.Tokens[from].Start;
            var end = x.Tokens[to].End;
            var (sentenceFirst, _) = x.SentenceTokens[x.Sentence[from]];
            var (_, sentenceLast) = x.SentenceTokens[x.Sentence[to]];
            var sentenceStart = x.Tokens[sentenceFirst].Start;
            var sentenceEnd = x.Tokens[sentenceLast].End;
            var cue = incise is { } i ? x.TokenText(i.Cue) : null;
            turns[new ExtractedQuote(QuoteKind.Direct, x.Text[start..end], null, null, cue, start, end, UnattributedTurn,
                x.Text[sentenceStart..sentenceEnd], sentenceStart, sentenceEnd, QuoteAssembly.Unread)] = incise;
        }
    }

    private const double UnattributedTurn = 0.25;

    /// <summary>
    /// Which tokens a set of token ranges covers, asked for any range in constant time (prefix sums), so that comparing
    /// every quote with every turn costs linear work even on a text made of nothing but turns.
    /// </summary>
    private sealed class TokenCover
    {
        private readonly int[] _covered;

        public TokenCover(int count, IEnumerable<(int First, int Last)> ranges)
        {
            var depth = new int[count + 1];
            foreach (var (first, last) in ranges)
            {
                if (first > last || first >= count) continue;
                depth[first]++;
                depth[Math.Min(last, count - 1) + 1]--;
            }
            _covered = new int[count + 1];
            for (int k = 0, open = 0; k < count; k++)
            {
                open += depth[k];
                _covered[k + 1] = _covered[k] + (open > 0 ? 1 : 0);
            }
        }

        public bool Any((int First, int Last) range) =>
            range.First <= range.Last && range.First >= 0 && range.Last < _covered.Length - 1 && _covered[range.Last + 1] - _covered[range.First] > 0;
    }

    /// <summary>
    /// A dialogue region that opens a turn of speech: in a language that writes dialogue so, with a dash that is one
    /// ("—", "–", "―", "--"), or a single hyphen followed by a space: "nucléaires. -puissances armées" is a word broken
    /// across a lost line end.
    /// </summary>
    private static bool IsTurn(AttributionInput x, AttributionInput.QuotedRegion region)
    {
        if (!region.Dialogue || !ReadsDialogue(x.Language)) return false;
        var dash = x.Tokens[region.First];
        return x.TokenText(region.First) != "-" || dash.End < x.Text.Length && char.IsWhiteSpace(x.Text[dash.End]);
    }

    /// <summary>
    /// A rule quote cut where a dialogue turn starts inside it (the rules run a quotation mark left open to the paragraph's
    /// end, which in a text without line breaks is the chapter's); null when nothing is left before the turn.
    /// </summary>
    private static ExtractedQuote? BeforeDialogue(AttributionInput x, ExtractedQuote quote, int[] turnStarts)
    {
        if (turnStarts.Length == 0 || quote.Kind is not (QuoteKind.Direct or QuoteKind.Partial)) return quote;
        var (first, last) = ReportingClause.Tokens(x, quote.Start, quote.End);
        // The first turn that starts inside the quote (turn starts are in text order).
        var index = Array.BinarySearch(turnStarts, first + 1);
        if (index < 0) index = ~index;
        if (index < turnStarts.Length && turnStarts[index] <= last)
        {
            var end = turnStarts[index] - 1;
            while (end >= first && x.Shape[end] is not ("x" or "X" or "Xx" or "xX" or "d") && x.Folded[end] is not ("." or "!" or "?" or "…")) end--;
            if (end < first) return null;
            var cut = x.Tokens[end].End;
            return quote with { Text = x.Text[quote.Start..cut], End = cut, SentenceEnd = Math.Min(quote.SentenceEnd, cut), Sentence = x.Text[quote.SentenceStart..Math.Min(quote.SentenceEnd, cut)] };
        }
        return quote;
    }

    private static readonly HashSet<string> FirstOrSecondPerson = new(StringComparer.Ordinal)
    {
        "je", "j'", "me", "m'", "moi", "nous", "tu", "te", "t'", "toi", "vous", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos",
    };

    /// <summary>
    /// Where narration takes over inside a dialogue turn that has no paragraph break to end it ("-- Au revoir. Le vicomte
    /// allait sortir, quand elle le rappela."): the first later sentence whose first finite verb is a third-person past
    /// form (<see cref="FrenchVerbForms.IsNarrativePast"/>), with no first- or second-person word,
    /// which speech rarely has and French narration mostly is. <paramref name="last"/> + 1 when there is none.
    /// </summary>
    private static int NarrationResumes(AttributionInput x, int first, int last)
    {
        if (x.Tags is null || x.Lemmas is null) return last + 1;
        for (var k = first + 1; k <= last; k++)
        {
            if (!x.SentenceStart[k]) continue;
            var (_, sentenceLast) = x.SentenceTokens[x.Sentence[k]];
            var end = Math.Min(sentenceLast, last);
            var personal = false;
            int? verb = null;
            for (var j = k; j <= end; j++)
            {
                personal |= FirstOrSecondPerson.Contains(x.Folded[j]);
                // The first finite verb: "Et se dégageant brutalement, il repoussa ...", "sans rien comprendre, ramait".
                if (verb is null && x.Tags[j] is "VERB" or "AUX" && !x.Folded[j].EndsWith("ant", StringComparison.Ordinal)
                    && !(x.Lemmas[j] is { } l && Attribution.AttributionLexicon.Fold(l) == x.Folded[j])) verb = j;
            }
            if (!personal && verb is { } v && FrenchVerbForms.IsNarrativePast(x.Folded[v], x.Lemmas[v])) return k;
        }
        return last + 1;
    }

    /// <summary>
    /// Whether dialogue dashes open turns of speech: in French, where novels and interviews write dialogue so; English
    /// news uses the same dashes for datelines ("HEMPSTEAD, N.Y. ― If it worked ...") and asides ("” — a metaphor
    /// for ..."), which read as turns gave 27 more spurious quotes on PolNeAR dev.
    /// </summary>
    internal static bool ReadsDialogue(string language) => language == "fr";

    /// <summary>
    /// Indirect speech no quotation rule covers (<see cref="ReportedSpeech"/>), as indirect quotes without a speaker
    /// yet: a report sharing a token with a rule quote is left to the rules, which read quotations precisely.
    /// </summary>
    private static Dictionary<ExtractedQuote, ReportedSpeech.Report> Reports(AttributionInput x, List<ExtractedQuote> rules, Func<int, bool> inContent)
    {
        var covered = rules.Select(q => ReportingClause.Tokens(x, q.Start, q.End)).ToList();
        var reports = new Dictionary<ExtractedQuote, ReportedSpeech.Report>(ReferenceEqualityComparer.Instance);
        foreach (var report in ReportedSpeech.Find(x))
        {
            if (covered.Exists(c => c.First <= report.Last && report.First <= c.Last)) continue;
            if (!inContent(x.Tokens[report.First].Start)) continue;
            var start = x.Tokens[report.First].Start;
            var end = x.Tokens[report.Last].End;
            var (sentenceFirst, sentenceLast) = x.SentenceTokens[x.Sentence[report.First]];
            var sentenceStart = x.Tokens[sentenceFirst].Start;
            var sentenceEnd = x.Tokens[sentenceLast].End;
            var text = x.Text[start..end];
            var cue = x.Text[x.Tokens[report.CueFirst].Start..x.Tokens[report.CueLast].End];
            var quote = new ExtractedQuote(QuoteKind.Indirect, text, null, null, cue, start, end, UnattributedReport,
                x.Text[sentenceStart..sentenceEnd], sentenceStart, sentenceEnd, QuoteAssembly.Unread);
            reports[quote] = report;
        }
        return reports;
    }

    /// <summary>
    /// Whether the rules' own speakers come first: in French, where they were written; in English the language layer
    /// resolves every quote and a rule's speaker is kept only where it finds none (the rules' English speakers score
    /// 0.177 by name on PolNeAR dev; resolving first takes the combined figure from 0.686 to 0.695).
    /// </summary>
    internal static bool KeepsRuleSpeakers(string language) => language != "en";

    /// <summary>
    /// Whether the trained tagger's own quotes join the rules' in this language: in English, where it learned from
    /// PolNeAR (22,501 attributions), they raise PolNeAR dev F1 from 0.489 to 0.599; in French, taught by ASFALDA's
    /// 3,400 sentences (message F1 0.32), they lower the Wikinews dev F1 from 0.662 to 0.642 (README, Quote extraction).
    /// </summary>
    internal static bool AddsLearnedQuotes(string language) => language == "en";

    /// <summary>
    /// The trained tagger's quotes that share no token with a rule quote or a report, each with the attribution it
    /// came from; their speakers are resolved with every other quote's.
    /// </summary>
    private static Dictionary<ExtractedQuote, FoundAttribution> LearnedOnly(AttributionReading reading, List<ExtractedQuote> body, SpeakerRegistry registry, Func<int, bool> inContent)
    {
        var x = reading.Input;
        var covered = body.Select(q => ReportingClause.Tokens(x, q.Start, q.End)).ToList();
        var found = new Dictionary<ExtractedQuote, FoundAttribution>(ReferenceEqualityComparer.Instance);
        if (!AddsLearnedQuotes(x.Language)) return found;
        foreach (var quote in QuoteAssembly.Quotes(reading, x.Language, registry, claims: false))
        {
            var (first, last) = ReportingClause.Tokens(x, quote.Start, quote.End);
            if (last - first + 1 < LearnedMinTokens || covered.Exists(c => c.First <= last && first <= c.Last) || !inContent(quote.Start)) continue;
            if (Overlapping(reading, first, last) is not { Cue: not null } attribution) continue;
            covered.Add((first, last));
            found[quote with { SpeakerId = null, Speaker = null, Confidence = UnattributedReport }] = attribution;
        }
        return found;
    }

    /// <summary>The trained tagger's attribution whose content shares most tokens with the quote's, covering at least half of the longer.</summary>
    private static FoundAttribution? Overlapping(AttributionReading reading, int first, int last)
    {
        FoundAttribution? best = null;
        var bestShared = 0;
        foreach (var (attribution, _) in reading.Findings)
        {
            var shared = 0;
            foreach (var (a, b) in attribution.Content) shared += Math.Max(0, Math.Min(b, last) - Math.Max(a, first) + 1);
            var longer = Math.Max(last - first + 1, attribution.Content.Sum(p => p.Last - p.First + 1));
            if (shared * 2 >= longer && shared > bestShared) { bestShared = shared; best = attribution; }
        }
        return best;
    }
}
