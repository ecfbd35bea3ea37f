using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Speakers;

namespace ClaimCheck.Extraction;

/// <summary>
/// One pass over one article body: content paragraphs (boilerplate and teasers left out), sentences,
/// quotation-mark spans, person mentions, then attribution and indirect speech. Made per call, never shared.
/// </summary>
internal sealed partial class ArticleReading
{
    private const double NamedByCue = 0.9;
    private const double RoleByCue = 0.85;
    private const double UnknownNameByCue = 0.7;
    private const double ByPronoun = 0.75;
    private const double ByAdjacentName = 0.65;
    private const double BySentenceSubject = 0.6;
    private const double ByNeighbourQuote = 0.7;
    private const double ByGarbledAttribution = 0.45;
    private const double Unattributed = 0.25;

    private readonly string body;
    private readonly string folded;
    private readonly string language;
    private readonly SpeakerRegistry registry;
    private readonly string? titleKey;
    private readonly List<(int Start, int End)> paragraphs = [];
    private readonly List<(int Start, int End)> sentences = [];
    private readonly List<int> wordStarts = [];
    private readonly List<int> wordEnds = [];
    private readonly List<QuoteSpan> spans = [];
    private readonly List<PersonMention> mentions;
    private readonly HashSet<string> namedPeople = new(StringComparer.Ordinal);

    public ArticleReading(string body, string? title, string language, SpeakerRegistry registry)
    {
        this.body = body;
        this.language = language;
        this.registry = registry;
        folded = TextFold.Fold(body);
        titleKey = string.IsNullOrWhiteSpace(title) ? null : TextFold.Key(title);
        FindParagraphs();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var (start, end) = paragraphs[index];
            SplitSentences(start, end);
            FindQuoteMarks(start, end, index);
        }
        IndexWords();
        mentions = registry.FindMentions(body).Where(m => InContent(m.Start)).ToList();
        foreach (var m in mentions)
            if (!m.IsRole) namedPeople.Add(m.PersonId);
    }

    private sealed class QuoteSpan(int open, int close, int paragraph)
    {
        public int Open { get; } = open;
        public int Close { get; } = close;
        public int Paragraph { get; } = paragraph;
        public int TextStart { get; set; }
        public int TextEnd { get; set; }
        public Attribution? Speaker { get; set; }
        public bool AttributedAfter { get; set; }
        public bool HasCue { get; set; }
        public int ComplementizerEnd { get; set; } = -1;
        public QuoteKind Kind { get; set; }
        public bool Doubtful { get; set; }
    }

    private sealed record Attribution(string? Name, string? Id, string? Cue, double Confidence, int Position);

    public IEnumerable<ExtractedQuote> Quotes()
    {
        var kept = spans.Where(s => s.TextEnd > s.TextStart).ToList();
        foreach (var span in kept) ClassifyAndAttribute(span);
        kept = kept.Where(s => s.Kind != (QuoteKind)(-1)).ToList();
        ChainNeighbours(kept);
        kept.RemoveAll(s => s.Doubtful && s.Speaker is null);
        var results = new List<(int Position, ExtractedQuote Quote)>();
        foreach (var span in kept)
        {
            var speaker = span.Speaker ?? FromGarbledAttribution(span) ?? new Attribution(null, null, null, Unattributed, span.Open);
            var (sentenceStart, sentenceEnd) = SentenceAround(span.Open, span.Close);
            var text = body[span.TextStart..span.TextEnd];
            var claimText = span.Kind == QuoteKind.Partial ? ReportingClause(span, sentenceStart, sentenceEnd) : text;
            var claim = ClaimFrameParser.Parse(claimText, language, registry, speaker.Id);
            results.Add((span.TextStart, new ExtractedQuote(span.Kind, text, speaker.Name, speaker.Id, speaker.Cue, span.TextStart, span.TextEnd,
                speaker.Confidence, body[sentenceStart..sentenceEnd], sentenceStart, sentenceEnd, claim)));
        }
        results.AddRange(IndirectSpeech(kept).Select(q => (q.Start, q)));
        return results.OrderBy(r => r.Position).Select(r => r.Quote);
    }

    // ---------------------------------------------------------------- paragraphs and boilerplate

    [GeneratedRegex(@"^(?:READ\b|Read more|Read also|Lire aussi|LIRE AUSSI|[AÀ] lire aussi|Share Post|Share this|Partager|Stay Connected|More Updates|You might also enjoy|You may also like|Related|Articles? similaires?|Sur le même sujet|Laisser un commentaire|Leave a (?:comment|reply)|Votre adresse e-mail|Your email address|ABONNEZ|Abonnez-vous|Subscribe|Sign up|Inscrivez-vous|Newsletter|Publicité|Advertisement|Tags?\s*:|Mots-clés|Crédit|Photo\s*:|\|.*\||\[\]|AFP\.?$|Reuters\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();

    private void FindParagraphs()
    {
        var lines = new List<(int Start, int End, bool Content)>();
        var position = 0;
        while (position <= body.Length)
        {
            var newline = body.IndexOf('\n', position);
            var lineEnd = newline < 0 ? body.Length : newline;
            var (start, end) = Trim(position, lineEnd);
            if (end > start)
            {
                var line = body.AsSpan(start, end - start);
                var boilerplate = BoilerplateLine().IsMatch(line) || (titleKey is not null && TextFold.Key(line.ToString()) == titleKey);
                lines.Add((start, end, !boilerplate));
            }
            if (newline < 0) break;
            position = newline + 1;
        }
        // Teasers of other stories close many scraped pages: cut-off ledes ending in "...", after the article's last line.
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = body.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            if (!lines[i].Content) continue;
            if (text.EndsWith("...") || text.EndsWith("…")) { lines[i] = lines[i] with { Content = false }; continue; }
            break;
        }
        foreach (var line in lines)
            if (line.Content) paragraphs.Add((line.Start, line.End));
    }

    private (int Start, int End) Trim(int start, int end)
    {
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        return (start, end);
    }

    /// <summary>Whether the character at <paramref name="position"/> is in a content paragraph (not boilerplate or another story's teaser).</summary>
    public bool InContent(int position)
    {
        var index = ParagraphOf(position);
        return index >= 0;
    }

    private int ParagraphOf(int position)
    {
        int low = 0, high = paragraphs.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (position < paragraphs[mid].Start) high = mid - 1;
            else if (position >= paragraphs[mid].End) low = mid + 1;
            else return mid;
        }
        return -1;
    }

    // ---------------------------------------------------------------- sentences

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "gen", "gén", "st", "ste", "jr", "sr", "prof", "sgt", "lt", "col", "gov", "sen", "rep",
        "no", "vs", "env", "cf", "ex", "mgr", "corp", "inc", "ltd", "co", "av", "bd", "fig", "p", "pp", "vol", "art", "min", "max", "adm", "capt", "cdt",
    };

    private void SplitSentences(int paragraphStart, int paragraphEnd)
    {
        var start = paragraphStart;
        for (var i = paragraphStart; i < paragraphEnd; i++)
        {
            var c = body[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            var j = i + 1;
            while (j < paragraphEnd && body[j] is '.' or '!' or '?' or '…' or '»' or '”' or ')') j++;
            var k = j;
            while (k < paragraphEnd && char.IsWhiteSpace(body[k])) k++;
            if (k >= paragraphEnd) break;
            var spaced = k > j;
            var next = body[k];
            var boundary = spaced
                ? char.IsLetterOrDigit(next) || next is '«' or '“' or '"' or '„' or '[' or '('
                : c == '.' && char.IsUpper(next) && i > 1 && char.IsLower(body[i - 1]) && char.IsLower(body[i - 2]);
            if (!boundary) continue;
            if (c == '.' && IsAbbreviation(i)) continue;
            AddSentence(start, j);
            start = k;
            i = k - 1;
        }
        AddSentence(start, paragraphEnd);
    }

    private void AddSentence(int start, int end)
    {
        var (s, e) = Trim(start, end);
        if (e > s) sentences.Add((s, e));
    }

    private bool IsAbbreviation(int periodIndex)
    {
        var wordStart = periodIndex;
        while (wordStart > 0 && char.IsLetter(body[wordStart - 1])) wordStart--;
        var length = periodIndex - wordStart;
        if (length == 0) return false;
        if (length == 1 && char.IsUpper(body[wordStart])) return true;
        if (length > 5) return false;
        var word = folded.AsSpan(wordStart, length).ToString();
        return Abbreviations.Contains(word) && char.IsUpper(body[wordStart]);
    }

    private int SentenceIndexOf(int position)
    {
        int low = 0, high = sentences.Count - 1, best = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].Start <= position) { best = mid; low = mid + 1; }
            else high = mid - 1;
        }
        return best;
    }

    private (int Start, int End) SentenceAround(int from, int to)
    {
        var first = SentenceIndexOf(from);
        var last = SentenceIndexOf(Math.Max(from, to));
        if (first < 0) return Trim(from, Math.Min(body.Length, to + 1));
        return (sentences[first].Start, Math.Max(sentences[last].End, Math.Min(body.Length, to + 1)));
    }

    // ---------------------------------------------------------------- quotation marks

    private void FindQuoteMarks(int paragraphStart, int paragraphEnd, int paragraph)
    {
        var open = -1;
        for (var i = paragraphStart; i < paragraphEnd; i++)
        {
            var c = body[i];
            var inside = open >= 0;
            switch (c)
            {
                case '«' or '„':
                    if (!inside) open = i;
                    break;
                case '“':
                    if (inside) { AddSpan(open, i, paragraph); open = -1; }
                    else open = i;
                    break;
                case '"':
                    if (inside) { AddSpan(open, i, paragraph); open = -1; }
                    else open = i;
                    break;
                case '»' or '”':
                    if (inside) { AddSpan(open, i, paragraph); open = -1; }
                    else if (i + 1 < paragraphEnd && char.IsLetter(body[i + 1])) open = i; // "l' »époque": a closing mark used to open
                    else AddOrphanClose(i, paragraphStart, paragraph);
                    break;
            }
        }
        // An unclosed quote runs to the end of its paragraph: scraped text often loses the closing mark.
        if (open >= 0) AddSpan(open, paragraphEnd, paragraph);
    }

    private void AddSpan(int open, int close, int paragraph)
    {
        var (start, end) = Trim(open + 1, close);
        while (end > start && body[end - 1] is ',' or ':' or ';') end--;
        spans.Add(new QuoteSpan(open, Math.Min(close, body.Length - 1), paragraph) { TextStart = start, TextEnd = end });
    }

    /// <summary>
    /// A closing mark with no opening one, followed by ", a déclaré X": the opening was lost, so the quote
    /// is taken from the start of its sentence.
    /// </summary>
    private void AddOrphanClose(int close, int paragraphStart, int paragraph)
    {
        var after = body.AsSpan(close + 1, Math.Min(40, body.Length - close - 1)).TrimStart();
        if (!after.StartsWith(",")) return;
        var sentence = SentenceIndexOf(close);
        var start = sentence >= 0 && sentences[sentence].Start >= paragraphStart ? sentences[sentence].Start : paragraphStart;
        var previous = spans.Count > 0 && spans[^1].Paragraph == paragraph ? spans[^1].Close + 1 : start;
        start = Math.Max(start, previous);
        // Only when a cue follows: a stray mark alone says nothing about speech.
        var tail = TextFold.Fold(body.AsSpan(close + 1, Math.Min(60, body.Length - close - 1)));
        var position = 0;
        var previousWord = "";
        var words = 0;
        var cue = false;
        while (words < 5 && SpeakerRegistry.NextWord(tail, position, out var ws, out var we))
        {
            var word = tail[ws..we];
            if (SpeechCues.IsCue(word, previousWord, language)) { cue = true; break; }
            previousWord = word;
            position = we;
            words++;
        }
        if (!cue) return;
        var (s, e) = Trim(start, close);
        if (e > s) spans.Add(new QuoteSpan(start - 1, close, paragraph) { TextStart = s, TextEnd = e });
    }

    private int SpanIndexContaining(int position)
    {
        int low = 0, high = spans.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (position < spans[mid].Open) high = mid - 1;
            else if (position > spans[mid].Close) low = mid + 1;
            else return mid;
        }
        return -1;
    }

    private bool InsideQuote(int position) => SpanIndexContaining(position) >= 0;

    // ---------------------------------------------------------------- words

    private void IndexWords()
    {
        foreach (var (start, end) in paragraphs)
        {
            var position = start;
            while (position < end)
            {
                while (position < end && !char.IsLetterOrDigit(body[position])) position++;
                var wordStart = position;
                while (position < end && char.IsLetterOrDigit(body[position])) position++;
                if (position > wordStart) { wordStarts.Add(wordStart); wordEnds.Add(position); }
            }
        }
    }

    private ReadOnlySpan<char> Word(int index) =>
        index < 0 || index >= wordStarts.Count ? ReadOnlySpan<char>.Empty : folded.AsSpan(wordStarts[index], wordEnds[index] - wordStarts[index]);

    private int FirstWordFrom(int position)
    {
        int low = 0, high = wordStarts.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (wordStarts[mid] < position) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private bool IsCueWord(int index) => SpeechCues.IsCue(Word(index), Word(index - 1), language);

    private List<int> CuesBetween(int from, int to)
    {
        var cues = new List<int>();
        for (var k = FirstWordFrom(from); k < wordStarts.Count && wordEnds[k] <= to; k++)
            if (!InsideQuote(wordStarts[k]) && IsCueWord(k)) cues.Add(k);
        return cues;
    }

    /// <summary>The cue with its auxiliary and inverted pronoun ("a-t-il ajouté", "s'est dit"), as written.</summary>
    private string CueSurface(int cue)
    {
        var first = cue;
        while (first > 0 && cue - first < 3 && (SpeechCues.IsAuxiliary(Word(first - 1)) || Word(first - 1) is "is" or "has" or "had" or "have")
               && wordEnds[first - 1] >= wordStarts[first] - 2) first--;
        if (Word(cue) is "apres" && cue > 0 && Word(cue - 1) is "d") first = cue - 1;
        return body[wordStarts[first]..wordEnds[cue]];
    }

    // ---------------------------------------------------------------- classification and attribution

    private void ClassifyAndAttribute(QuoteSpan span)
    {
        var tokens = CountWords(span.TextStart, span.TextEnd);
        var sentence = SentenceIndexOf(span.Open);
        var sentenceStart = sentence >= 0 ? sentences[sentence].Start : paragraphs[span.Paragraph].Start;
        var closeSentence = SentenceIndexOf(span.Close);
        var sentenceEnd = closeSentence >= 0 ? sentences[closeSentence].End : paragraphs[span.Paragraph].End;
        var previousClose = PreviousSpanClose(span);
        var beforeFrom = Math.Max(sentenceStart, previousClose + 1);
        var lead = body.AsSpan(beforeFrom, Math.Max(0, span.Open - beforeFrom)).Trim();
        var nextOpen = NextSpanOpen(span);
        var afterTo = Math.Min(Math.Min(sentenceEnd, nextOpen), Math.Min(body.Length, span.Close + 220));

        var startsClause = lead.Length == 0 || lead.EndsWith(":") || lead.EndsWith("—") || lead.EndsWith("-");
        var firstLetter = FirstLetter(span.TextStart, span.TextEnd);
        var direct = startsClause || (char.IsUpper(firstLetter) && tokens >= 4);
        span.Kind = direct ? QuoteKind.Direct : QuoteKind.Partial;

        var after = AttributeAfter(span, afterTo);
        var before = after is null || after.Id is null || IsSourceCue(after.Cue) ? AttributeBefore(span, beforeFrom) : null;
        // "le dirigeant russe a salué leur « ... », selon le Kremlin": the words are the subject's; the source reports them.
        if (after is { Id: not null } && before is not { Id: not null, Cue: not null }) before = null;
        if (after is { Id: null } && before is { Id: null }) before = null;
        if (before is not null) after = null;
        span.Speaker = after ?? before;
        span.AttributedAfter = after is not null;

        // Scare quotes ("zéro covid", “défi”) and quoted headings are words, not speech; a short quote is
        // kept only when a cue reports it, or when it is a whole sentence continuing an attributed quote.
        var wholeParagraph = paragraphs[span.Paragraph].Start >= span.Open - 1 && paragraphs[span.Paragraph].End <= span.Close + 2;
        if (wholeParagraph && tokens < 8 && !span.HasCue && !EndsWithPunctuation(span)) span.Kind = (QuoteKind)(-1);
        else if (tokens < 4 && !span.HasCue && span.Speaker is null)
        {
            if (startsClause && EndsWithPunctuation(span)) span.Doubtful = true;
            else span.Kind = (QuoteKind)(-1);
        }
    }

    /// <summary>Whether the cue (with its auxiliaries) starts its clause: at <paramref name="from"/> or after a comma, colon or dash.</summary>
    private bool OpensClause(int cue, int from)
    {
        var first = cue;
        while (first > 0 && cue - first < 3 && SpeechCues.IsAuxiliary(Word(first - 1)) && wordEnds[first - 1] >= from) first--;
        if (first == 0 || wordEnds[first - 1] <= from) return true;
        // "C'est ce qu'a annoncé X", "comme l'a dit X": French inverts after these.
        if (Word(first - 1) is "qu" or "que" or "comme" or "ainsi" || (Word(first - 1) is "l" && first >= 2 && Word(first - 2) is "comme" or "ainsi" or "que" or "qu")) return true;
        var gap = body.AsSpan(wordEnds[first - 1], wordStarts[first] - wordEnds[first - 1]);
        return gap.IndexOfAny(ClauseOpeners) >= 0;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseOpeners = System.Buffers.SearchValues.Create(",:;—–»”\"");

    private static bool IsSourceCue(string? cue) =>
        cue is not null && (cue.StartsWith("selon", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("d'après", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("d’après", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("according", StringComparison.OrdinalIgnoreCase));

    private bool EndsWithPunctuation(QuoteSpan span) => span.TextEnd > span.TextStart && body[span.TextEnd - 1] is '.' or '!' or '?' or '…';

    private char FirstLetter(int start, int end)
    {
        for (var i = start; i < end; i++) if (char.IsLetter(body[i])) return body[i];
        return ' ';
    }

    private int CountWords(int start, int end)
    {
        var count = 0;
        for (var k = FirstWordFrom(start); k < wordStarts.Count && wordEnds[k] <= end; k++) count++;
        return count;
    }

    private int PreviousSpanClose(QuoteSpan span)
    {
        var index = spans.IndexOf(span);
        return index > 0 && spans[index - 1].Paragraph == span.Paragraph ? spans[index - 1].Close : -1;
    }

    private int NextSpanOpen(QuoteSpan span)
    {
        var index = spans.IndexOf(span);
        return index >= 0 && index + 1 < spans.Count && spans[index + 1].Paragraph == span.Paragraph ? spans[index + 1].Open : int.MaxValue;
    }

    /// <summary>"..., a déclaré X", "...», a-t-il ajouté", "..."Biden a ajouté", "..., Kirby said".</summary>
    private Attribution? AttributeAfter(QuoteSpan span, int to)
    {
        var from = span.Close + 1;
        if (to <= from) return null;
        var firstWord = FirstWordFrom(from);
        var cues = CuesBetween(from, to).Where(k => (k - firstWord <= 12 && !SpeechCues.IsComplementizer(Word(k + 1))) || k - firstWord <= 3 || ClosesSentence(k, to)).ToList();
        // "« C'est inacceptable », juge Emmanuel Macron": right after the quote a bare present tense reports it too.
        if ((cues.Count == 0 || cues[0] > firstWord) && firstWord < wordStarts.Count && wordStarts[firstWord] < to
            && SpeechCues.IsCue(Word(firstWord), "a", language) && !InsideQuote(wordStarts[firstWord]))
            cues.Insert(0, firstWord);
        // "» tandis que le dirigeant russe a salué": a cue after a conjunction reports another clause.
        cues = cues.Where(k => !Enumerable.Range(firstWord, Math.Max(0, k - firstWord)).Any(w => Word(w) is "tandis" or "alors" or "while" or "whereas" or "mais" or "but" or "puis")).ToList();
        if (cues.Count > 0)
        {
            var cue = cues[0];
            span.HasCue = true;
            var cueText = CueSurface(cue);
            // Far from the quote, the speaker stands in the attribution clause after the last comma ("..., aides said").
            var clauseStart = from;
            if (cue - firstWord > 3)
            {
                var comma = body.LastIndexOf(',', wordStarts[cue], wordStarts[cue] - from);
                if (comma >= from) clauseStart = comma;
            }
            var subject = MentionBetween(clauseStart, wordStarts[cue], last: true, maxDistanceTo: wordStarts[cue], maxDistance: 90);
            // "“...“Le secrétaire général de l’OTAN, Jens Stoltenberg, s’est même aventuré": the subject opens the attribution.
            if (subject is null && MentionBetween(from, wordStarts[cue], last: false) is { } opening && firstWord + 1 < wordStarts.Count && opening.Start <= wordStarts[firstWord + 1])
                subject = opening;
            var inverted = SpeechCues.IsSourcePreposition(Word(cue), Word(cue - 1)) || subject is null
                ? MentionBetween(wordEnds[cue], Math.Min(to, wordEnds[cue] + 60), last: false) : null;
            var mention = SpeechCues.IsSourcePreposition(Word(cue), Word(cue - 1)) ? inverted : subject ?? inverted;
            if (mention is { } m && !IsJointSubject(m)) return FromMention(m, cueText);
            if (PronounBetween(from, Math.Min(to, wordEnds[cue] + 12)) is { } gender && ResolvePronoun(span.Open, gender) is { } resolved)
                return resolved with { Cue = cueText };
            if (UnknownNameNear(cue, clauseStart, to) is { } unknown) return unknown with { Cue = cueText };
            return new Attribution(null, null, cueText, Unattributed, span.Open);
        }
        // "“Une nouvelle victoire pour Kiev“Le secrétaire général de l’OTAN, Jens Stoltenberg, s’est même aventuré."
        var glued = MentionBetween(from, Math.Min(to, from + 60), last: false) is { } near && near.Start <= from + 4 ? near : (PersonMention?)null;
        if (glued is { } g)
        {
            var named = mentions.FirstOrDefault(m => m.Start >= g.Start && m.Start < Math.Min(to, g.End + 40) && !m.IsRole && m.PersonId == g.PersonId);
            return FromMention(named.PersonId is null ? g : named, null) with { Confidence = ByAdjacentName };
        }
        return null;
    }

    /// <summary>"..., a déclaré Anastasia Pyatachkova, experte de ...": a comma, the cue, and a speaker end the sentence.</summary>
    private bool ClosesSentence(int cue, int sentenceEnd)
    {
        var first = cue;
        while (first > 0 && cue - first < 3 && SpeechCues.IsAuxiliary(Word(first - 1))) first--;
        var gapStart = first > 0 ? wordEnds[first - 1] : 0;
        if (!body.AsSpan(gapStart, wordStarts[first] - gapStart).Contains(',')) return false;
        return MentionsIn(wordEnds[cue], Math.Min(sentenceEnd, wordEnds[cue] + 40)).Any() || PronounBetween(wordStarts[first], wordEnds[cue]) is not null;
    }

    /// <summary>"X a déclaré : «...»", "selon X, «...»", "Kirby a déclaré que Poutine était « ... »", "Joe Biden "n'a pas l'intention"".</summary>
    private Attribution? AttributeBefore(QuoteSpan span, int from)
    {
        var to = span.Open;
        if (to <= from) return null;
        var cues = CuesBetween(from, to);
        if (cues.Count > 0)
        {
            var cue = cues[^1];
            span.HasCue = true;
            var cueText = CueSurface(cue);
            for (var k = cue + 1; k < wordStarts.Count && wordEnds[k] <= to && k <= cue + 12; k++)
                if (SpeechCues.IsComplementizer(Word(k))) { span.ComplementizerEnd = wordEnds[k]; break; }
            Attribution? FromCue()
            {
                if (SpeechCues.IsSourcePreposition(Word(cue), Word(cue - 1)))
                {
                    if (SourcePronoun(cue) is { } sourceGender) return ResolvePronoun(span.Open, sourceGender) is { } person ? person with { Cue = cueText } : null;
                    return MentionBetween(wordEnds[cue], to, last: false) is { } source ? FromMention(source, cueText) : null;
                }
                var subject = MentionBetween(from, wordStarts[cue], last: true, maxDistanceTo: wordStarts[cue], maxDistance: 120);
                if (subject is { } s) return IsJointSubject(s) ? new Attribution(null, null, cueText, Unattributed, span.Open) : FromMention(s, cueText);
                var complementizer = span.ComplementizerEnd > 0 ? span.ComplementizerEnd : to;
                // Inversion ("..., a déclaré X : « ... »") only where the cue opens its clause; otherwise a name
                // after the verb is its object ("dénoncent le rôle des alliances, l'Otan ...").
                if (OpensClause(cue, from) && MentionBetween(wordEnds[cue], Math.Min(complementizer, wordEnds[cue] + 60), last: false) is { } inverted)
                    return FromMention(inverted, cueText);
                if (PronounBetween(Math.Max(from, wordStarts[Math.Max(0, cue - 4)]), wordEnds[cue]) is { } gender && ResolvePronoun(span.Open, gender) is { } resolved)
                    return resolved with { Cue = cueText };
                return UnknownNameNear(cue, from, complementizer) is { } unknown ? unknown with { Cue = cueText } : null;
            }
            return FromCue() ?? new Attribution(null, null, cueText, Unattributed, span.Open);
        }
        // A partial quote inside the subject's own clause: "Joe Biden "n'a pas l'intention" de parler".
        var lead = MentionBetween(from, to, last: true, maxDistanceTo: to, maxDistance: 40);
        return lead is { } l && !IsJointSubject(l) ? FromMention(l, null) with { Confidence = BySentenceSubject } : null;
    }

    private PersonMention? MentionBetween(int from, int to, bool last, int maxDistanceTo = -1, int maxDistance = int.MaxValue)
    {
        PersonMention? found = null;
        foreach (var m in MentionsIn(from, to))
        {
            if (m.IsRole && !namedPeople.Contains(m.PersonId)) continue;
            if (InsideQuote(m.Start) || ModifiesANoun(m)) continue;
            if (maxDistanceTo >= 0 && (maxDistanceTo - m.End > maxDistance || !IsSubjectOf(m, maxDistanceTo))) continue;
            // After the cue the speaker is named directly ("a déclaré Kirby"), not through a preposition
            // ("a déclaré une source de la Maison Blanche", "a déclaré à Vladimir Poutine").
            if (maxDistanceTo < 0 && FollowsPreposition(m)) continue;
            found = m;
            if (!last) break;
        }
        return found;
    }

    /// <summary>
    /// "de Poutine", "with Biden", and what is coordinated with one: "entre Poutine et Xi" makes Xi an object too.
    /// </summary>
    private bool IsPrepositionObject(PersonMention mention)
    {
        var before = WordBeforeArticle(mention);
        if (before < 0) return false;
        if (Word(before) is "de" or "du" or "des" or "d" or "of" or "avec" or "with" or "entre" or "between" or "contre" or "against"
            or "to" or "par" or "by" or "pour" or "for" or "sur" or "on" or "about") return true;
        if (Word(before) is not ("et" or "and") || before == 0) return false;
        foreach (var other in MentionsIn(Math.Max(0, wordStarts[before] - 60), wordStarts[before]))
            if (other.End >= wordStarts[before] - 2 && other.Start < mention.Start) return IsPrepositionObject(other);
        return false;
    }

    /// <summary>
    /// Whether a mention ending before <paramref name="cueStart"/> can be the cue's subject: at most a few words
    /// between them ("M. Xi s'est également félicité"), or an apposition between commas ("John Kirby, porte-parole, a déclaré").
    /// </summary>
    private bool IsSubjectOf(PersonMention mention, int cueStart)
    {
        if (IsPrepositionObject(mention)) return false;
        var words = 0;
        for (var k = FirstWordFrom(mention.End); k < wordStarts.Count && wordStarts[k] < cueStart; k++) words++;
        if (words <= 7) return true;
        // A participle after a comma ("..., notant que") reports what the sentence's subject said.
        var cue = FirstWordFrom(cueStart);
        if (Word(cue) is var c && (c.EndsWith("ant") || c.EndsWith("ing")) && body.AsSpan(wordEnds[cue - 1], wordStarts[cue] - wordEnds[cue - 1]).Contains(',')
            && SentenceIndexOf(mention.Start) == SentenceIndexOf(cueStart)
            && FirstWordFrom(mention.Start) - FirstWordFrom(sentences[SentenceIndexOf(cueStart)].Start) <= 10
            && !MentionsIn(sentences[SentenceIndexOf(cueStart)].Start, mention.Start).Any(m => m.PersonId != mention.PersonId))
            return true;
        var between = body.AsSpan(mention.End, Math.Max(0, cueStart - mention.End));
        return between.TrimStart().StartsWith(",") && between.Count(',') >= 2 && words <= 14;
    }

    private IEnumerable<PersonMention> MentionsIn(int from, int to)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Start < from) low = mid + 1;
            else high = mid;
        }
        for (var i = low; i < mentions.Count && mentions[i].End <= to; i++) yield return mentions[i];
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "observer", "observers", "diplomat", "diplomats", "envoy", "insider", "insiders", "readout", "statement", "negotiator", "negotiators",
        "representative", "ambassador", "analyst", "analysts", "administration", "campaign", "staffer", "staffers", "correspondent",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"a Kremlin spokesman", "a UN observer", "a Biden aide": the name qualifies whoever speaks.</summary>
    private bool ModifiesANoun(PersonMention mention)
    {
        var next = FirstWordFrom(mention.End);
        return next < wordStarts.Count && wordStarts[next] - mention.End == 1 && body[mention.End] == ' ' && ModifiedNouns.Contains(Word(next));
    }

    /// <summary>The index of the word before a mention, past one article ("de l'Otan", "of the Kremlin", "et l'OTAN").</summary>
    private int WordBeforeArticle(PersonMention mention)
    {
        var before = FirstWordFrom(mention.Start) - 1;
        if (before >= 0 && Word(before) is "le" or "la" or "les" or "l" or "the" or "un" or "une" or "a" && body[wordStarts[before]] != 'à') before--;
        return before;
    }

    /// <summary>A mention right after "de", "of", "à", "to", ... or after "de la", "of the".</summary>
    private bool FollowsPreposition(PersonMention mention)
    {
        var before = WordBeforeArticle(mention);
        if (before < 0) return false;
        var word = Word(before);
        return word is "de" or "du" or "des" or "d" or "of" or "au" or "aux" or "avec" or "with" or "pour" or "for" or "contre" or "against" or "entre"
            or "between" or "par" or "by" or "about" or "sur" || body.AsSpan(wordStarts[before], wordEnds[before] - wordStarts[before]) is "à";
    }

    /// <summary>"Poutine et Xi ont déclaré": a joint statement is nobody's quote in particular.</summary>
    private bool IsJointSubject(PersonMention mention)
    {
        var before = WordBeforeArticle(mention);
        if (before >= 0 && Word(before) is "et" or "and" && MentionsIn(Math.Max(0, wordStarts[before] - 40), wordStarts[before]).Any()) return true;
        // "Les États-Unis et l'OTAN ont déclaré": a name the registry does not hold can be the other half.
        if (before >= 1 && Word(before) is "et" or "and" && char.IsUpper(body[wordStarts[before - 1]]) && SentenceIndexOf(wordStarts[before - 1]) == SentenceIndexOf(mention.Start)
            && wordStarts[before - 1] != sentences[Math.Max(0, SentenceIndexOf(mention.Start))].Start) return true;
        var after = FirstWordFrom(mention.End);
        return after < wordStarts.Count && Word(after) is "et" or "and" && MentionsIn(wordEnds[after], Math.Min(body.Length, wordEnds[after] + 40))
            .Any(m => m.Start - wordEnds[after] <= 2);
    }

    private Attribution FromMention(PersonMention mention, string? cue)
    {
        var person = registry.Get(mention.PersonId);
        return new Attribution(person.Name, person.Id, cue, mention.IsRole ? RoleByCue : NamedByCue, mention.Start);
    }

    /// <summary>The gender a pronoun in [from, to) points to: "il", "-t-il", "he" → m; "elle", "she" → f.</summary>
    private string? PronounBetween(int from, int to)
    {
        for (var k = FirstWordFrom(from); k < wordStarts.Count && wordEnds[k] <= to; k++)
        {
            var word = Word(k);
            if (word is "il" or "he") return "m";
            if (word is "elle" or "she") return "f";
        }
        return null;
    }

    /// <summary>The last person before <paramref name="position"/> who fits the pronoun: named outside quotes, or already quoted.</summary>
    private Attribution? ResolvePronoun(int position, string gender)
    {
        Attribution? best = null;
        foreach (var m in mentions)
        {
            if (m.Start >= position) break;
            if (InsideQuote(m.Start) || (m.IsRole && !namedPeople.Contains(m.PersonId))) continue;
            var person = registry.Get(m.PersonId);
            if (person.IsOrganization || (person.Gender is not null && person.Gender != gender)) continue;
            best = new Attribution(person.Name, person.Id, null, ByPronoun, m.Start);
        }
        foreach (var span in spans)
        {
            if (span.Open >= position) break;
            if (span.Speaker is not { Id: not null } s || s.Position < (best?.Position ?? -1)) continue;
            var person = registry.Find(s.Id);
            if (person is { IsOrganization: true } || (person?.Gender is not null && person.Gender != gender)) continue;
            if (span.Open > (best?.Position ?? -1)) best = new Attribution(s.Name, s.Id, null, ByPronoun, span.Open);
        }
        return best;
    }

    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "the", "un", "une", "a", "an", "ce", "cette", "ces", "dans", "in", "on", "selon", "pour", "mais", "et", "but", "and", "de", "du",
        "des", "au", "aux", "lors", "after", "apres", "il", "elle", "he", "she", "they", "ils", "elles", "nous", "we", "je", "i", "it", "this", "that", "their",
        "leur", "son", "sa", "ses", "his", "her", "m", "mr", "mme", "mrs", "ms", "dr", "president", "premier", "ministre", "minister", "secretary", "general",
        "state", "etat", "house", "maison", "blanche", "white", "kremlin", "conseil", "council", "ministere", "ministry", "department", "departement", "agence",
        "agency", "corp", "pjsc", "inc", "ltd", "group", "groupe", "organisation", "organization", "university", "universite", "bank", "banque", "union",
        "nations", "unies", "united", "states", "etats", "unis", "news", "times", "post", "press", "presse", "tv", "radio",
    };

    /// <summary>
    /// A person the registry does not know, named beside the cue: two to four capitalized words right after
    /// the cue ("a déclaré Anna Dupont") or ending just before it ("Anna Dupont, ministre, a déclaré").
    /// </summary>
    private Attribution? UnknownNameNear(int cue, int from, int to)
    {
        (int First, int Last)? Run(int startWord, int direction, int limit)
        {
            int? first = null, last = null;
            for (var k = startWord; k >= 0 && k < wordStarts.Count && (Math.Abs(k - startWord) <= limit || first is not null); k += direction)
            {
                if (wordStarts[k] < from || wordEnds[k] > to) break;
                var capitalized = char.IsUpper(body[wordStarts[k]]) && !NotNameWords.Contains(Word(k).ToString());
                if (capitalized) { first = first is null ? k : Math.Min(first.Value, k); last = last is null ? k : Math.Max(last.Value, k); continue; }
                if (first is not null) break;
                if (direction < 0 && body.AsSpan(wordEnds[k], wordStarts[k + 1 < wordStarts.Count ? k + 1 : k] - wordEnds[k]).Contains(',')) continue;
            }
            if (first is null || last!.Value - first.Value < 1 || last.Value - first.Value > 3) return null;
            return (first.Value, last.Value);
        }
        var run = Run(cue + 1, 1, 3) ?? Run(cue - 1, -1, 6);
        if (run is not { } r) return null;
        var name = body[wordStarts[r.First]..wordEnds[r.Last]];
        if (IsOrganizationContext(r.First)) return null;
        // "Traité de l'Atlantique Nord": capitalized words after "de" continue an institution's or a place's name.
        if (r.First > 0 && Word(r.First - 1) is "de" or "du" or "des" or "d" or "l" or "of" or "la" or "le" or "the") return null;
        if (registry.Resolve(name) is { } known) return new Attribution(known.Name, known.Id, null, NamedByCue, wordStarts[r.First]);
        return new Attribution(name, Slug(name), null, UnknownNameByCue, wordStarts[r.First]);
    }

    private bool IsOrganizationContext(int firstWord)
    {
        for (var k = Math.Max(0, firstWord - 3); k < firstWord; k++)
            if (Word(k) is "magazine" or "journal" or "quotidien" or "hebdomadaire" or "agence" or "chaine" or "site" or "newspaper" or "agency" or "network" or "channel"
                or "groupe" or "societe" or "company" or "entreprise" or "firm" or "ministere" or "ministry" or "medias" or "media" or "television")
                return true;
        return false;
    }

    /// <summary>Lowercase ASCII words joined by hyphens: the id of a speaker the registry does not know yet.</summary>
    internal static string Slug(string name) => global::ClaimCheck.Attribution.SpeakerResolver.Slug(name);

    /// <summary>
    /// Quotes split by their attribution share it: "«...» et «...», a déclaré Xi" attributes the first too,
    /// and a quote standing alone right after an attributed one continues it.
    /// </summary>
    private void ChainNeighbours(List<QuoteSpan> kept)
    {
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            var (current, next) = (kept[i], kept[i + 1]);
            if (current.Speaker is not null || current.Paragraph != next.Paragraph || next.Speaker is null || !next.AttributedAfter) continue;
            var gap = body.AsSpan(current.Close + 1, Math.Max(0, next.Open - current.Close - 1));
            if (gap.Length <= 40 && gap.IndexOfAny('.', '!', '?') < 0 && CuesBetween(current.Close + 1, next.Open).Count == 0)
                current.Speaker = next.Speaker with { Confidence = ByNeighbourQuote, Cue = next.Speaker.Cue };
        }
        for (var i = 1; i < kept.Count; i++)
        {
            var (previous, current) = (kept[i - 1], kept[i]);
            if (current.Speaker is not null || current.Paragraph != previous.Paragraph || previous.Speaker is not { Id: not null } p) continue;
            if (current.Open - previous.Close > 250) continue;
            var others = MentionsIn(previous.Close + 1, current.Open).Any(m => m.PersonId != p.Id && !InsideQuote(m.Start));
            if (!others) current.Speaker = p with { Confidence = ByNeighbourQuote, Cue = null, Position = current.Open };
        }
    }

    /// <summary>A scrape that pasted the attribution into the quote ("... a déclaré John Kirby, à CNN, ..."): a weak hint, still better than nothing.</summary>
    private Attribution? FromGarbledAttribution(QuoteSpan span)
    {
        foreach (var m in MentionsIn(span.TextStart, span.TextEnd))
        {
            var before = FirstWordFrom(m.Start) - 1;
            if (before >= 0 && wordStarts[before] >= span.TextStart && IsCueWord(before) && !SpeechCues.IsSourcePreposition(Word(before), Word(before - 1)))
                return FromMention(m, CueSurface(before)) with { Confidence = ByGarbledAttribution };
        }
        return null;
    }

    /// <summary>The clause a partial quote stands in, which carries its claim ("X n'a pas l'intention de parler avec Y").</summary>
    private string ReportingClause(QuoteSpan span, int sentenceStart, int sentenceEnd)
    {
        var start = span.ComplementizerEnd > 0 && span.ComplementizerEnd <= span.Open ? span.ComplementizerEnd : sentenceStart;
        return body[start..sentenceEnd];
    }

    // ---------------------------------------------------------------- indirect speech

    /// <summary>
    /// Reported speech without quotation marks: "X a déclaré que ...", "selon X, ...", "X said (that) ...",
    /// "according to X", and "..., X said." at the end. Sentences holding a quote are left to the quote.
    /// </summary>
    private IEnumerable<ExtractedQuote> IndirectSpeech(List<QuoteSpan> kept)
    {
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            var quoted = spans.Where(s => s.Open < sentenceEnd && s.Close >= sentenceStart).ToList();
            var firstWord = FirstWordFrom(sentenceStart);
            var lastWord = firstWord;
            while (lastWord < wordStarts.Count && wordEnds[lastWord] <= sentenceEnd) lastWord++;
            var found = new List<(int Cue, int ContentStart, int ContentEnd)>();
            var blockedUntil = -1;
            for (var k = firstWord; k < lastWord; k++)
            {
                if (wordStarts[k] < blockedUntil || InsideQuote(wordStarts[k]) || !IsCueWord(k)) continue;
                var match = ReportedClause(k, firstWord, lastWord, sentenceStart, sentenceEnd);
                if (match is not { } m) continue;
                // A quote in the sentence is reported as the quote; only speech outside the marks is indirect.
                if (quoted.Any(q => q.Open < m.End && q.Close >= m.Start)) continue;
                // "X a suggéré que ..., selon le Kremlin": the source of a report already found adds no second quote.
                if (found.Any(f => f.ContentStart < m.End && m.Start < f.ContentEnd)) continue;
                found.Add((k, m.Start, m.End));
                blockedUntil = m.End;
            }
            foreach (var (cue, contentStart, contentEnd) in found)
            {
                var (start, end) = Trim(contentStart, contentEnd);
                while (end > start && body[end - 1] is '.' or ',' or ';' or ':' or '-' or '–' or ' ') end--;
                if (CountWords(start, end) < 3) continue;
                var speaker = IndirectSpeaker(cue, sentenceStart, sentenceEnd, start, end);
                var claim = ClaimFrameParser.Parse(body[start..end], language, registry, speaker.Id);
                yield return new ExtractedQuote(QuoteKind.Indirect, body[start..end], speaker.Name, speaker.Id, speaker.Cue, start, end,
                    speaker.Confidence, body[sentenceStart..sentenceEnd], sentenceStart, sentenceEnd, claim);
            }
        }
    }

    private (int Start, int End)? ReportedClause(int cue, int firstWord, int lastWord, int sentenceStart, int sentenceEnd)
    {
        var word = Word(cue);
        if (SpeechCues.IsSourcePreposition(word, Word(cue - 1)))
        {
            var toWord = word is "according" && Word(cue + 1) is "to" ? cue + 1 : cue;
            var sourceEnd = SourceEnd(toWord + 1, lastWord, sentenceEnd);
            var cueStart = word is "apres" && cue > 0 ? wordStarts[cue - 1] : wordStarts[cue];
            // "Selon X, le commerce ..." reports what follows; "..., selon X" reports what precedes.
            return cueStart - sentenceStart <= 2 ? (sourceEnd, sentenceEnd) : (sentenceStart, cueStart);
        }
        for (var k = cue + 1; k < lastWord && k <= cue + 9; k++)
        {
            if (SpeechCues.IsComplementizer(Word(k)) && !IsSubordinator(Word(k - 1)))
                return (wordEnds[k] + (Word(k) is "qu" ? 1 : 0), ClauseEnd(wordEnds[k], sentenceEnd));
            if (body.AsSpan(wordEnds[k - 1], wordStarts[k] - wordEnds[k - 1]).IndexOfAny('.', ';', '–') >= 0) break;
        }
        var gluedToQuote = cue > 0 && body.AsSpan(wordEnds[cue - 1], wordStarts[cue] - wordEnds[cue - 1]).IndexOfAny(QuoteMarksAndComma) >= 0;
        if (language == "en" && !gluedToQuote && Word(cue) is "said" or "says" or "added" or "warned" or "told" or "stressed" or "insisted" or "argued" or "noted")
        {
            var next = cue + 1;
            if (Word(cue) is "told" && next < lastWord) next = SkipObject(next, lastWord);
            if (next < lastWord && Word(next) is "on" or "in" or "at" or "during" or "after" or "before" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                var comma = body.IndexOf(',', wordEnds[next], sentenceEnd - wordEnds[next]);
                next = comma > 0 ? FirstWordFrom(comma) : lastWord;
            }
            if (next < lastWord && wordStarts[next] - wordEnds[cue] <= 2 && StartsClause(next))
                return (wordStarts[next], ClauseEnd(wordStarts[next], sentenceEnd));
        }
        // "..., a déclaré X." / "..., X said.": the attribution closes the sentence.
        var commaBefore = body.LastIndexOf(',', wordStarts[cue], wordStarts[cue] - sentenceStart);
        if (commaBefore > sentenceStart && CommaOnlyBeforeAttribution(commaBefore, cue, lastWord))
            return (sentenceStart, commaBefore);
        // Parenthetical attribution: "Le Département de la défense - a-t-il ajouté - a élaboré ...".
        if (IsParenthetical(cue, sentenceStart, sentenceEnd))
            return (sentenceStart, sentenceEnd);
        return null;
    }

    /// <summary>"pendant qu'", "alors que", "so that": a conjunction, not the "que" of a report.</summary>
    private static bool IsSubordinator(ReadOnlySpan<char> word) => word is "pendant" or "alors" or "tandis" or "bien" or "parce" or "avant" or "apres" or "depuis"
        or "des" or "pour" or "sans" or "afin" or "ainsi" or "meme" or "tant" or "lors" or "sorte" or "moment" or "ce" or "so" or "such" or "now" or "given" or "except";

    private static readonly System.Buffers.SearchValues<char> QuoteMarksAndComma = System.Buffers.SearchValues.Create("\"”»“,");

    private bool CommaOnlyBeforeAttribution(int comma, int cue, int lastWord)
    {
        // Between the comma and the cue only the speaker (name, pronoun, auxiliary) may stand, and after the
        // cue only the speaker and where or when: "..., qui a confirmé la condamnation" is a relative clause.
        var words = 0;
        for (var k = FirstWordFrom(comma); k < cue; k++)
        {
            if (Word(k) is "qui" or "qu" or "que" or "which" or "who" or "that" or "dont" or "ou") return false;
            words++;
        }
        if (words > 5 || lastWord - cue > 6) return false;
        for (var k = cue + 1; k < lastWord; k++) if (SpeechCues.IsComplementizer(Word(k))) return false;
        if (spans.Any(s => s.Open > wordEnds[cue] && s.Open < wordEnds[lastWord - 1])) return false;
        if (words <= 4) return true;
        return MentionsIn(comma, wordStarts[Math.Min(lastWord, wordStarts.Count) - 1] + 1).Any() || PronounBetween(comma, wordEnds[cue]) is not null
            || UnknownNameNear(cue, comma, wordEnds[lastWord - 1]) is not null;
    }

    private bool IsParenthetical(int cue, int sentenceStart, int sentenceEnd)
    {
        var first = cue;
        while (first > 0 && cue - first < 3 && SpeechCues.IsAuxiliary(Word(first - 1))) first--;
        // The cue's words can reach outside the sentence the caller found (dialogue dashes split sentences oddly).
        if (wordStarts[first] < sentenceStart || wordEnds[cue] > sentenceEnd) return false;
        var left = body.AsSpan(sentenceStart, wordStarts[first] - sentenceStart).TrimEnd();
        var rightStart = wordEnds[cue];
        var right = body.AsSpan(rightStart, sentenceEnd - rightStart).TrimStart();
        if (left.Length == 0 || right.Length < 10) return false;
        var opener = left[^1];
        var closer = right[0];
        return opener is ',' or '-' or '–' or '—' && closer is ',' or '-' or '–' or '—' && cue - first >= 2;
    }

    private int SourceEnd(int fromWord, int lastWord, int sentenceEnd)
    {
        for (var k = fromWord; k < lastWord; k++)
        {
            var gapEnd = k + 1 < lastWord ? wordStarts[k + 1] : sentenceEnd;
            if (body.AsSpan(wordEnds[k], gapEnd - wordEnds[k]).Contains(',')) return gapEnd;
        }
        return sentenceEnd;
    }

    private int SkipObject(int next, int lastWord)
    {
        // "told reporters", "told CNN", "a déclaré à Xi": the listener stands between the cue and the clause.
        var limit = Math.Min(lastWord, next + 4);
        for (var k = next; k < limit; k++)
            if (Word(k) is "that") return k + 1;
        return next + 1;
    }

    private bool StartsClause(int word)
    {
        var w = Word(word);
        return w is "the" or "a" or "an" or "he" or "she" or "it" or "they" or "we" or "i" or "there" or "his" or "her" or "its" or "their" or "this" or "those"
            or "these" or "no" or "nobody" or "russia" or "china" || char.IsUpper(body[wordStarts[word]]);
    }

    /// <summary>A reported clause ends at the sentence end or at a spaced dash that opens an aside.</summary>
    private int ClauseEnd(int from, int sentenceEnd)
    {
        for (var i = from; i < sentenceEnd - 2; i++)
        {
            if (body[i] == ',' && ClauseBreakFollows(i + 1, sentenceEnd)) return i;
            if (!(body[i] == ' ' && body[i + 1] is '–' or '—' or '-' && body[i + 2] == ' ')) continue;
            // "X – an aside – Y" continues after the aside unless a new report starts there.
            var closing = body.IndexOfAny(['–', '—'], i + 2, sentenceEnd - i - 2);
            if (closing < 0 && body[i + 1] == '-') closing = body.IndexOf(" - ", i + 2, sentenceEnd - i - 2, StringComparison.Ordinal) + 1;
            if (closing <= 0 || CuesBetween(closing, sentenceEnd).Count > 0) return i;
            i = closing;
        }
        return sentenceEnd;
    }

    /// <summary>", selon X", ", alors que", ", but": what follows the comma is no longer the reported clause.</summary>
    private bool ClauseBreakFollows(int position, int sentenceEnd)
    {
        var k = FirstWordFrom(position);
        if (k >= wordStarts.Count || wordStarts[k] >= sentenceEnd) return false;
        var w = Word(k);
        var next = Word(k + 1);
        return w is "selon" or "mais" or "but" or "whereas" or "while" || (w is "d" && next is "apres") || (w is "according" && next is "to")
            || (w is "alors" or "tandis" && next is "que" or "qu");
    }

    private Attribution IndirectSpeaker(int cue, int sentenceStart, int sentenceEnd, int contentStart, int contentEnd)
    {
        var cueText = CueSurface(cue);
        if (SpeechCues.IsSourcePreposition(Word(cue), Word(cue - 1)))
        {
            if (SourcePronoun(cue) is { } sourceGender)
                return ResolvePronoun(wordStarts[cue], sourceGender) is { } person ? person with { Cue = cueText } : new Attribution(null, null, cueText, Unattributed, wordStarts[cue]);
            var source = MentionBetween(wordEnds[cue], Math.Min(sentenceEnd, wordEnds[cue] + 60), last: false);
            if (source is { } s && (s.Start < contentStart || s.Start >= contentEnd)) return FromMention(s, cueText);
            var sourceTo = Math.Min(sentenceEnd, wordEnds[cue] + 60);
            if (contentStart >= wordEnds[cue]) sourceTo = Math.Min(sourceTo, contentStart);
            return UnknownNameNear(cue, wordEnds[cue], sourceTo) is { } u ? u with { Cue = cueText }
                : new Attribution(null, null, cueText, Unattributed, wordStarts[cue]);
        }
        var subject = MentionBetween(sentenceStart, wordStarts[cue], last: true, maxDistanceTo: wordStarts[cue], maxDistance: 120);
        if (subject is { } sub && (sub.End <= contentStart || sub.Start >= contentEnd))
            return IsJointSubject(sub) ? new Attribution(null, null, cueText, Unattributed, wordStarts[cue]) : FromMention(sub, cueText);
        var inverted = MentionBetween(wordEnds[cue], Math.Min(sentenceEnd, wordEnds[cue] + 50), last: false);
        if (inverted is { } inv && (inv.End <= contentStart || inv.Start >= contentEnd)) return FromMention(inv, cueText);
        var pronounFrom = wordStarts[Math.Max(FirstWordFrom(sentenceStart), cue - 3)];
        if (PronounBetween(pronounFrom, wordEnds[cue]) is { } gender && ResolvePronoun(wordStarts[cue], gender) is { } resolved)
            return resolved with { Cue = cueText };
        // The name is looked for outside the reported clause: "Putin is ready to meet Joe Biden, the Kremlin said" is not Biden's.
        var nameFrom = contentEnd <= wordStarts[cue] ? contentEnd : sentenceStart;
        var nameTo = contentStart > wordStarts[cue] ? contentStart : sentenceEnd;
        if (UnknownNameNear(cue, nameFrom, nameTo) is { } unknown) return unknown with { Cue = cueText };
        return new Attribution(null, null, cueText, Unattributed, wordStarts[cue]);
    }

    /// <summary>"selon lui", "d'après elle", "according to him": the gender of the pronoun standing as the source.</summary>
    private string? SourcePronoun(int cue)
    {
        var next = Word(cue) is "according" && Word(cue + 1) is "to" ? cue + 2 : cue + 1;
        return Word(next) switch
        {
            "lui" or "him" => "m",
            "elle" or "her" => "f",
            _ => null,
        };
    }
}
