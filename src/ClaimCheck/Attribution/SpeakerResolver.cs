using System.Text;
using ClaimCheck.Speakers;

namespace ClaimCheck.Attribution;

/// <summary>Who an attribution's source is: the entity's fullest name in the article, its id, and how the link was made.</summary>
public sealed record ResolvedSpeaker(string Name, string Id, string How, double Confidence);

/// <summary>
/// Links every attribution's source mention to one entity of the article. Names in the text are grouped into
/// entities (a registry person, or people who share a surname: "Haley Morris" ... "Morris" ... "Mme Morris");
/// a pronoun source ("he", "elle", "a-t-il ajouté") takes the last compatible person, preferring the previous
/// speaker; a role noun ("the spokeswoman", "le ministre") takes the person named beside that role earlier; a
/// quotation with no cue continues the previous speaker of its paragraph when no other person intervenes.
/// With no such evidence the speaker stays unknown: never the nearest name for want of a better one.
/// </summary>
public sealed class SpeakerResolver
{
    private const int PronounReachSentences = 3;
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "de", "du", "des", "van", "von", "der", "den", "bin", "ben", "al", "el", "da", "di", "dos", "del", "la", "le", "mc" };

    private readonly SpeakerRegistry registry;
    private readonly AttributionLexicon lexicon;

    public SpeakerResolver(SpeakerRegistry registry, AttributionLexicon lexicon)
    {
        this.registry = registry;
        this.lexicon = lexicon;
    }

    /// <summary>One speaker (or null) per attribution, in the same order.</summary>
    /// <param name="given">Speakers already known for some attributions (by another reader), kept as they are and
    /// used as previous speakers for the pronouns and continuations that follow.</param>
    public ResolvedSpeaker?[] Resolve(AttributionInput x, IReadOnlyList<FoundAttribution> attributions, IReadOnlyList<ResolvedSpeaker?>? given = null)
    {
        var lowercaseSeen = LowercaseForms(x);
        var mentions = FindNames(x, lowercaseSeen, CapitalizedInsideForms(x));
        var entities = Group(x, mentions);
        var result = new ResolvedSpeaker?[attributions.Count];
        var institutions = new List<(string Head, ResolvedSpeaker Speaker)>();
        for (var a = 0; a < attributions.Count; a++)
        {
            var attribution = attributions[a];
            if (given?[a] is { } known) { result[a] = known; continue; }
            ResolvedSpeaker? speaker = null;
            var source = attribution.Source ?? (attribution.Cue is { } cue ? AdjacentSubject(x, cue, mentions, attribution) : null);
            // "Poutine et Xi ont déclaré", "Macron and Scholz said": a joint statement is nobody's quote alone.
            if (source is { } joint && ReportingClause.IsJoint(x, joint)) { result[a] = null; continue; }
            if (source is { } s)
                speaker = FromNames(x, s, mentions, entities) ?? FromRegistryAlias(x, s, entities) ?? FromPronoun(x, s, a, attributions, result, mentions, entities)
                    ?? FromRole(x, s, mentions, entities) ?? FromInstitution(x, s, institutions)
                    ?? FromDocument(x, s, mentions, entities, institutions)
                    ?? FromPossessive(x, s, a, attributions, result, mentions, entities);
            if (speaker is null && attribution.Cue is null)
                speaker = Continuation(x, a, attributions, result, mentions, entities);
            result[a] = speaker;
        }
        return result;
    }

    /// <summary>A run of capitalized words that names someone or something, with the entity it belongs to.</summary>
    internal sealed record NameMention(int First, int Last, string Text, string LastWord, char Gender, bool Person, Person? Known)
    {
        public int Entity { get; set; } = -1;
    }

    internal sealed record Entity(string Name, string Id, char Gender, bool Person);

    private static HashSet<string> LowercaseForms(AttributionInput x)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < x.Count; i++) if (x.Shape[i] == "x") seen.Add(x.Folded[i]);
        return seen;
    }

    /// <summary>Words the text writes capitalized inside a sentence (not after a quotation mark): names, which may also open a sentence.</summary>
    private static HashSet<string> CapitalizedInsideForms(AttributionInput x)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < x.Count; i++)
            if (!x.SentenceStart[i] && x.Quote[i - 1] == 0 && IsCapitalized(x, i)) seen.Add(x.Folded[i]);
        return seen;
    }

    private List<NameMention> FindNames(AttributionInput x, HashSet<string> lowercaseSeen, HashSet<string> capitalizedInside)
    {
        // Registry names first ("la Maison Blanche" is one name, though "Blanche" is also a first name).
        var known = new Dictionary<int, (int Last, Person Person)>();
        foreach (var m in registry.FindMentions(x.Text))
        {
            if (m.IsRole) continue;
            var first = FirstTokenAt(x, m.Start);
            var last = first;
            while (last + 1 < x.Count && x.Tokens[last + 1].Start < m.End) last++;
            if (first < x.Count && x.Tokens[first].Start >= m.Start) known[first] = (last, registry.Get(m.PersonId));
        }
        var mentions = new List<NameMention>();
        var i = 0;
        while (i < x.Count)
        {
            if (known.TryGetValue(i, out var k))
            {
                var g = k.Person.Gender is { Length: > 0 } kg ? kg[0] : '\0';
                mentions.Add(new NameMention(i, k.Last, x.Text[x.Tokens[i].Start..x.Tokens[k.Last].End], x.Folded[k.Last], g, !k.Person.IsOrganization, k.Person));
                i = k.Last + 1;
                continue;
            }
            if (!StartsName(x, i, lowercaseSeen, capitalizedInside)) { i++; continue; }
            var first = i;
            var honorific = i > 0 ? Grammar.HonorificGender(x.Folded[i - 1]) : '\0';
            var last = i;
            var j = i + 1;
            while (j < x.Count && !x.SentenceStart[j])
            {
                if (IsCapitalized(x, j) && !lowercaseSeen.Contains(x.Folded[j]))
                {
                    if (Grammar.IsWeekday(x.Folded[j])) break;
                    // A first name after other capitalized words starts a new name: "Intérieur Gérald Darmanin".
                    if (lexicon.IsFirstName(x.Folded[j]) && !lexicon.IsFirstName(x.Folded[last]) && j - first >= 1 && !IsConnector(x, j - 1)) break;
                    last = j;
                    j++;
                }
                else if (NameConnectors.Contains(x.Folded[j]) && j + 1 < x.Count && IsCapitalized(x, j + 1) && !x.SentenceStart[j + 1]) j++;
                // "Bachar el-Assad", "Ghazi al-Yaouar": a particle joined to the capitalized rest of the name by a hyphen.
                else if (x.Shape[j] == "xX" && HyphenatedParticle(x.TokenText(j))) { last = j; j++; }
                else if (x.Folded[j] == "." && x.Tokens[j].Start == x.Tokens[j - 1].End && x.Tokens[j - 1].End - x.Tokens[j - 1].Start == 1) j++;
                else break;
            }
            if (last - first > 5) last = first + 5;
            var text = x.Text[x.Tokens[first].Start..x.Tokens[last].End];
            var person = registry.Resolve(text);
            var firstGender = lexicon.FirstNameGender(x.Folded[first]);
            var role = RoleBefore(x, first);
            var gender = person?.Gender is { Length: > 0 } pg ? pg[0] : honorific is 'm' or 'f' ? honorific : firstGender != '\0' ? firstGender : role is 'm' or 'f' ? role : '\0';
            var isPerson = person is { IsOrganization: false } || person is null && (firstGender != '\0' || honorific != '\0' || role != '\0');
            mentions.Add(new NameMention(first, last, text, x.Folded[last], gender, isPerson, person));
            i = last + 1;
        }
        return mentions;
    }

    /// <summary>
    /// The gender of a role noun the name stands beside ("le président Jacques Chirac", "La rapporteuse de l'ONU,
    /// Christine Chanet"), which also says the name is a person's; '\0' when there is none.
    /// </summary>
    private char RoleBefore(AttributionInput x, int first)
    {
        if (first == 0) return '\0';
        if (lexicon.RoleGender(x.Folded[first - 1]) is not '\0' and var adjacent) return adjacent;
        // "le président syrien Bachar el-Assad": one adjective between the role and the name.
        if (first >= 2 && x.Shape[first - 1] == "x" && x.Tags?[first - 1] is null or "ADJ" && x.Sentence[first - 2] == x.Sentence[first]
            && lexicon.RoleGender(x.Folded[first - 2]) is not '\0' and var qualified) return qualified;
        if (x.Folded[first - 1] != ",") return '\0';
        for (var k = first - 2; k >= Math.Max(0, first - 9) && x.Sentence[k] == x.Sentence[first] && x.Folded[k] != ","; k--)
            if (x.Shape[k] == "x" && lexicon.RoleGender(x.Folded[k]) is not '\0' and var role) return role;
        return '\0';
    }

    private static int FirstTokenAt(AttributionInput x, int offset)
    {
        int low = 0, high = x.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (x.Tokens[mid].End <= offset) low = mid + 1; else high = mid;
        }
        return low;
    }

    private bool StartsName(AttributionInput x, int i, HashSet<string> lowercaseSeen, HashSet<string> capitalizedInside)
    {
        if (!IsCapitalized(x, i) || x.InQuote[i] && x.Quote[i] != 0) return false;
        var folded = x.Folded[i];
        if (Grammar.PronounGender(folded) != '\0' || Grammar.HonorificGender(folded) != '\0' || Grammar.IsWeekday(folded)) return false;
        if (!x.SentenceStart[i] && !(i > 0 && x.Quote[i - 1] != 0 && x.InQuote[i])) return !lowercaseSeen.Contains(folded) || lexicon.IsFirstName(folded);
        // Sentence-initial: a name only if known as one, or followed by another capitalized word, unless the tagger reads
        // it as a function word ("Selon Big Blue", "Pour Jacques Chirac"): then the name starts after it.
        if (x.Tags?[i] is "ADP" or "DET" or "PRON" or "CCONJ" or "SCONJ" or "ADV" or "ADP+DET" || ReportingClause.IsSourceMarker(x, i)) return false;
        // Else a name if known as one, followed by another capitalized word, or written capitalized inside a sentence elsewhere ("Trump says ...").
        return lexicon.IsFirstName(folded) || registry.Resolve(x.TokenText(i)) is not null
            || !lowercaseSeen.Contains(folded) && (i + 1 < x.Count && IsCapitalized(x, i + 1) && !x.SentenceStart[i + 1] || capitalizedInside.Contains(folded));
    }

    private static bool IsCapitalized(AttributionInput x, int i) => x.Shape[i] is "Xx" or "X" && char.IsLetter(x.Text[x.Tokens[i].Start]);

    private static bool IsConnector(AttributionInput x, int i) => NameConnectors.Contains(x.Folded[i]);

    private static bool HyphenatedParticle(string token)
    {
        var hyphen = token.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Length && char.IsUpper(token[hyphen + 1]) && NameConnectors.Contains(token[..hyphen].ToLowerInvariant());
    }

    /// <summary>
    /// Groups mentions into entities: one per registry person; otherwise a later mention joins the earlier
    /// entity whose name ends with the same word ("Morris" joins "Haley Morris"), and a longer later mention
    /// ("Haley Morris" after "Morris") gives the entity its fuller name.
    /// </summary>
    private List<Entity> Group(AttributionInput x, List<NameMention> mentions)
    {
        var entities = new List<Entity>();
        var byKnown = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLastWord = new Dictionary<string, int>(StringComparer.Ordinal);
        var acronyms = Acronyms(x, mentions);
        foreach (var mention in mentions)
        {
            if (mention.Known is { } known)
            {
                if (!byKnown.TryGetValue(known.Id, out var id))
                {
                    id = entities.Count;
                    entities.Add(new Entity(known.Name, known.Id, known.Gender is { Length: > 0 } g ? g[0] : '\0', !known.IsOrganization));
                    byKnown[known.Id] = id;
                }
                mention.Entity = id;
                continue;
            }
            // Surnames join people: "Moscou" is not the "École supérieure d'économie de Moscou" whose name it ends.
            if (byLastWord.TryGetValue(mention.LastWord, out var existing) && SameBearer(mention, entities[existing]))
            {
                mention.Entity = existing;
                var entity = entities[existing];
                if (WordCount(mention.Text) > WordCount(entity.Name))
                    entities[existing] = entity with { Name = mention.Text, Id = Slug(mention.Text), Gender = entity.Gender != '\0' ? entity.Gender : mention.Gender, Person = entity.Person || mention.Person };
                else if (entity.Gender == '\0' && mention.Gender != '\0')
                    entities[existing] = entity with { Gender = mention.Gender, Person = true };
                continue;
            }
            mention.Entity = entities.Count;
            if (acronyms.TryGetValue(mention.Text, out var expansion))
                entities.Add(registry.Resolve(expansion) is { } org
                    ? new Entity(org.Name, org.Id, '\0', !org.IsOrganization)
                    : new Entity(expansion, Slug(expansion), '\0', false));
            else entities.Add(new Entity(mention.Text, Slug(mention.Text), mention.Gender, mention.Person));
            byLastWord[mention.LastWord] = mention.Entity;
        }
        return entities;
    }

    /// <summary>
    /// A mention ending with the same word as an entity is the same bearer ("Basescu", "Traian Băsescu"), unless
    /// neither is known as a person and the longer name ends with a place after "de" / "of": "Moscou" is not the
    /// "Economics de Moscou" whose name it ends (a person's particle, "Charles de Gaulle", comes with a first name).
    /// </summary>
    private static bool SameBearer(NameMention mention, Entity entity)
    {
        if (entity.Person || mention.Person || mention.Text == entity.Name) return true;
        var longer = WordCount(mention.Text) > WordCount(entity.Name) ? mention.Text : entity.Name;
        var words = longer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 || !NameConnectors.Contains(AttributionLexicon.Fold(words[^2]));
    }

    /// <summary>
    /// Acronyms the article defines: "la Confédération française des travailleurs chrétiens (CFTC)" makes every
    /// "CFTC" of the article that organisation, under its full name. The full name is the words before the
    /// parenthesis, back to the furthest capitalized word with the acronym's first letter, with no verb or comma.
    /// </summary>
    private static Dictionary<string, string> Acronyms(AttributionInput x, List<NameMention> mentions)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var (first, last) = (mention.First, mention.Last);
            if (first != last || x.Shape[first] != "X" || first < 2 || last + 1 >= x.Count || x.Folded[first - 1] != "(" || x.Folded[last + 1] != ")") continue;
            if (mention.Known is not null || found.ContainsKey(mention.Text)) continue;
            var initial = x.Folded[first][0];
            var start = -1;
            for (var k = first - 2; k >= Math.Max(0, first - 14) && x.Sentence[k] == x.Sentence[first]; k--)
            {
                if (x.Shape[k] is not ("x" or "Xx" or "X") || x.Tags?[k] is "VERB" or "AUX") break;
                if (x.Shape[k] == "Xx" && x.Folded[k][0] == initial) start = k;
            }
            if (start >= 0 && first - 2 > start) found[mention.Text] = x.Text[x.Tokens[start].Start..x.Tokens[first - 2].End];
        }
        return found;
    }

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private ResolvedSpeaker? FromNames(AttributionInput x, (int First, int Last) source, List<NameMention> mentions, List<Entity> entities)
    {
        NameMention? chosen = null;
        foreach (var mention in mentions)
        {
            if (mention.Last < source.First || mention.First > source.Last) continue;
            // "les estimations d'Amnesty International", "un communiqué de la Maison Blanche": a text speaks for its author.
            if (IsModifier(x, mention, source) && !AuthoredBy(x, source, mention)) continue;
            // Within "the spokeswoman for the Clinton campaign, Haley Morris" the person named last is the speaker;
            // a person outranks an organization or place named in the same source.
            if (chosen is null || entities[mention.Entity].Person || !entities[chosen.Entity].Person) chosen = mention;
        }
        if (chosen is null) return null;
        var entity = entities[chosen.Entity];
        return new ResolvedSpeaker(entity.Name, entity.Id, "name", 0.9);
    }

    /// <summary>
    /// A registry alias inside the source ("le président américain", "the Kremlin"); a role alias counts only when
    /// the article names its holder, since roles change hands.
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "de", "d'", "du", "des", "of", "for", "at", "from", "with", "chez", "auprès", "pour", "à", "au", "aux",
        "avec", "contre", "envers", "entre", "against", "toward", "towards", "between",
    };

    /// <summary>
    /// A name that only qualifies the source's head noun is not who spoke: "a Kremlin spokesman" (a common noun
    /// follows it in the source), "un porte-parole du Kremlin" (a preposition ties it to the noun before). A name
    /// set off by a comma ("le porte-parole du Kremlin, Dmitri Peskov") is an apposition and stays the speaker.
    /// </summary>
    private static bool IsModifier(AttributionInput x, NameMention mention, (int First, int Last) source)
    {
        // "une source de la Maison Blanche", "a spokesman for the White House": a preposition ties the name to the
        // common noun before it, even when the tagger's source span starts at the name.
        var before = mention.First - 1;
        if (before >= 0 && x.Folded[before] is "la" or "le" or "l'" or "les" or "the") before--;
        if (before >= 0 && Prepositions.Contains(x.Folded[before]))
        {
            if (before > source.First) return true;
            if (before - 1 >= 0 && x.Shape[before - 1] == "x" && !x.IsCue[before - 1] && x.Sentence[before - 1] == x.Sentence[mention.First]) return true;
        }
        for (var i = mention.Last + 1; i <= source.Last; i++)
        {
            if (x.Shape[i] == "x" && char.IsLetter(x.Text[x.Tokens[i].Start]) && !Prepositions.Contains(x.Folded[i])) return true;
            if (x.Folded[i] == ",") break;
        }
        return false;
    }

    private ResolvedSpeaker? FromRegistryAlias(AttributionInput x, (int First, int Last) source, List<Entity> entities)
    {
        var offset = x.Tokens[source.First].Start;
        var text = x.Text[offset..x.Tokens[source.Last].End];
        foreach (var mention in registry.FindMentions(text))
        {
            if (mention.IsRole && !entities.Any(e => e.Id == mention.PersonId)) continue;
            var first = FirstTokenAt(x, offset + mention.Start);
            var last = Math.Max(first, FirstTokenAt(x, offset + mention.End) - 1);
            if (!mention.IsRole && IsModifier(x, new NameMention(first, last, "", "", '\0', false, null), source)) continue;
            var person = registry.Get(mention.PersonId);
            return new ResolvedSpeaker(person.Name, person.Id, mention.IsRole ? "registry-role" : "registry", 0.85);
        }
        return null;
    }

    /// <summary>
    /// When the tagger marked a cue but no source, the speech verb's subject when it stands right beside it:
    /// inverted after it ("a expliqué Biden", "a-t-il ajouté", "said Smith") or just before it ("Biden a ajouté",
    /// "she said"), in the same sentence and outside the quotation.
    /// </summary>
    private static (int First, int Last)? AdjacentSubject(AttributionInput x, (int First, int Last) cue, List<NameMention> mentions, FoundAttribution attribution)
    {
        bool Outside(int i) => (i < attribution.First || i > attribution.Last) && !x.InQuote[i] && x.Sentence[i] == x.Sentence[cue.First];
        for (var i = cue.Last + 1; i <= Math.Min(x.Count - 1, cue.Last + 2); i++)
        {
            if (!Outside(i)) break;
            if (Grammar.PronounGender(x.Folded[i]) is 'm' or 'f') return (i, i);
            if (mentions.FirstOrDefault(m => m.First == i) is { } after) return (after.First, after.Last);
        }
        // "-t-il" sits between an auxiliary and the participle: "a -t-il ajouté".
        for (var i = cue.First - 1; i >= Math.Max(0, cue.First - 3); i--)
        {
            if (!Outside(i)) break;
            if (Grammar.PronounGender(x.Folded[i]) is 'm' or 'f') return (i, i);
            if (mentions.FirstOrDefault(m => m.Last == i) is { } before) return (before.First, before.Last);
            if (x.Shape[i] is not "x") break;
        }
        return null;
    }

    private static ResolvedSpeaker? FromPronoun(AttributionInput x, (int First, int Last) source, int index, IReadOnlyList<FoundAttribution> attributions,
        ResolvedSpeaker?[] resolved, List<NameMention> mentions, List<Entity> entities)
    {
        var gender = '\0';
        for (var i = source.First; i <= source.Last && gender == '\0'; i++) gender = Grammar.PronounGender(x.Folded[i]);
        if (gender is not ('m' or 'f')) return null;
        var position = source.First;
        var sentence = x.Sentence[position];
        // The previous speaker, when they fit and are recent, is the most likely antecedent.
        for (var a = index - 1; a >= 0; a--)
        {
            if (x.Sentence[attributions[a].First] < sentence - PronounReachSentences) break;
            if (resolved[a] is not { } previous) continue;
            var entity = entities.FirstOrDefault(e => e.Id == previous.Id);
            if (entity is not null && entity.Person && Fits(entity.Gender, gender) && !MentionedSince(x, mentions, entities, attributions[a].Last, position, gender, previous.Id))
                return previous with { How = "pronoun-previous-speaker", Confidence = 0.75 };
            break;
        }
        // Otherwise sentence by sentence back from the pronoun's own, and within a sentence from its start (Hobbs's
        // order): the first person of the pronoun's gender named is most often the sentence's subject ("Clinton
        // criticized police officer Betty Shelby ... ' ...,' she said" is Clinton).
        var last = LastBefore(mentions, position);
        for (var m = last; m >= 0;)
        {
            var s = x.Sentence[mentions[m].First];
            // Bounded in all: a pronoun reads at most MaxMentionsScanned mentions, however long its sentences.
            if (s < sentence - PronounReachSentences || last - m >= MaxMentionsScanned) break;
            var opening = m;
            // Bounded: in a sentence without end, the first of its last MaxMentionsScanned mentions counts as its start.
            while (opening > 0 && m - opening < MaxMentionsScanned && x.Sentence[mentions[opening - 1].First] == s) opening--;
            for (var k = opening; k <= m; k++)
            {
                var mention = mentions[k];
                if (x.InQuote[mention.First]) continue;
                var entity = entities[mention.Entity];
                if (entity.Person && entity.Gender == gender) return new ResolvedSpeaker(entity.Name, entity.Id, "pronoun", 0.7);
            }
            m = opening - 1;
        }
        // A pronoun that continues a thread of pronouns ("Il a ... Il a également affirmé") reaches further back, to the
        // last person it fits, as long as nobody else it could stand for was named in between.
        for (var m = LastBefore(mentions, position); m >= 0; m--)
        {
            var mention = mentions[m];
            if (x.InQuote[mention.First]) continue;
            if (x.Sentence[mention.First] < sentence - PronounThreadSentences) break;
            var entity = entities[mention.Entity];
            if (!entity.Person) continue;
            if (!Fits(entity.Gender, gender) || !PronounThread(x, mentions, entities, m, position, gender)) return null;
            return new ResolvedSpeaker(entity.Name, entity.Id, "pronoun-thread", 0.6);
        }
        return null;
    }

    private const int PronounThreadSentences = 8;

    /// <summary>How many mentions a thread or possessive search reads at most, so a sentence without end costs linear work.</summary>
    private const int MaxMentionsScanned = 200;

    /// <summary>The index of the last mention that starts before <paramref name="position"/> (mentions are in text order), or -1.</summary>
    private static int LastBefore(List<NameMention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].First < position) low = mid + 1; else high = mid;
        }
        return low - 1;
    }

    /// <summary>
    /// Nothing between the person's mention and the pronoun points elsewhere: no other person it could stand for
    /// is named outside quotation, and no sentence starts with another name or a pronoun of the other gender.
    /// </summary>
    private static bool PronounThread(AttributionInput x, List<NameMention> mentions, List<Entity> entities, int fromIndex, int pronoun, char gender)
    {
        var from = mentions[fromIndex];
        var id = entities[from.Entity].Id;
        for (var m = fromIndex + 1; m < mentions.Count && mentions[m].First < pronoun; m++)
        {
            if (m - fromIndex > MaxMentionsScanned) return false;
            var mention = mentions[m];
            if (x.InQuote[mention.First]) continue;
            var entity = entities[mention.Entity];
            if (entity.Id == id) continue;
            if (entity.Person && Fits(entity.Gender, gender) || x.SentenceStart[mention.First]) return false;
        }
        for (var s = x.Sentence[from.First] + 1; s <= x.Sentence[pronoun]; s++)
        {
            var (first, _) = x.SentenceTokens[s];
            if (!x.InQuote[first] && Grammar.PronounGender(x.Folded[first]) is ('m' or 'f') and var other && other != gender) return false;
        }
        return true;
    }

    /// <summary>Nouns for a text or a statement, whose "de" complement names who wrote or made it.</summary>
    private static readonly HashSet<string> TextNouns = new(StringComparer.Ordinal)
    {
        "communique", "rapport", "etude", "lettre", "decret", "arret", "declaration", "avis", "termes", "estimations", "chiffres",
        "report", "statement", "study", "letter", "estimates", "figures",
    };

    /// <summary>The source's head is a text noun and the name is its "de" / "of" complement, right after it.</summary>
    private static bool AuthoredBy(AttributionInput x, (int First, int Last) source, NameMention mention)
    {
        var k = mention.First - 1;
        if (k >= source.First && x.Folded[k] is "la" or "le" or "l'" or "les" or "the") k--;
        if (k < source.First + 1 || x.Folded[k] is not ("de" or "d'" or "du" or "des" or "of")) return false;
        var head = k - 1;
        while (head > source.First && x.Tags?[head] == "ADJ") head--;
        return TextNouns.Contains(x.Folded[head]);
    }

    /// <summary>Nouns for what someone said or thinks: "son compagnon" is another person, "ses dires" are the owner's words.</summary>
    private static readonly HashSet<string> WordsNouns = new(StringComparer.Ordinal)
    {
        "dires", "propos", "termes", "mots", "paroles", "vues", "declarations", "estimations", "explications", "calculs", "informations",
        "words", "account", "view", "views", "estimate", "estimates", "statement",
    };

    /// <summary>
    /// A source that is someone's words ("selon ses dires", "selon ses vues", "his account") speaks for its singular
    /// owner: the last person named before it in its sentence outside quotation, else the speaker of the attribution
    /// just before, in that sentence or the one before. French possessives agree with the thing owned, so no gender is checked.
    /// </summary>
    private static ResolvedSpeaker? FromPossessive(AttributionInput x, (int First, int Last) source, int index, IReadOnlyList<FoundAttribution> attributions,
        ResolvedSpeaker?[] resolved, List<NameMention> mentions, List<Entity> entities)
    {
        if (x.Folded[source.First] is not ("son" or "sa" or "ses" or "his" or "her") || source.Last == source.First
            || !WordsNouns.Contains(x.Folded[source.First + 1])) return null;
        var sentence = x.Sentence[source.First];
        var start = LastBefore(mentions, source.First);
        for (var m = start; m >= 0 && start - m < MaxMentionsScanned; m--)
        {
            var mention = mentions[m];
            if (x.InQuote[mention.First]) continue;
            if (x.Sentence[mention.First] != sentence) break;
            if (entities[mention.Entity].Person) return new ResolvedSpeaker(entities[mention.Entity].Name, entities[mention.Entity].Id, "possessive", 0.6);
        }
        // The nearest earlier attribution only: when its speaker is unknown, so is the owner most likely.
        return index > 0 && x.Sentence[attributions[index - 1].First] >= sentence - 1 && resolved[index - 1] is { } previous
            ? previous with { How = "possessive-previous-speaker", Confidence = 0.6 }
            : null;
    }

    /// <summary>Another person of the pronoun's gender was named between the previous speaker's quote and the pronoun.</summary>
    private static bool MentionedSince(AttributionInput x, List<NameMention> mentions, List<Entity> entities, int from, int to, char gender, string speakerId)
    {
        foreach (var mention in mentions)
        {
            if (mention.First <= from || mention.First >= to || x.InQuote[mention.First]) continue;
            var entity = entities[mention.Entity];
            if (entity.Person && entity.Id != speakerId && entity.Gender == gender) return true;
        }
        return false;
    }

    private static bool Fits(char entityGender, char pronoun) => entityGender == pronoun || entityGender == '\0';

    /// <summary>"the spokeswoman" / "le ministre": the person named right beside the same role noun earlier in the article.</summary>
    private ResolvedSpeaker? FromRole(AttributionInput x, (int First, int Last) source, List<NameMention> mentions, List<Entity> entities)
    {
        string? role = null;
        for (var i = source.Last; i >= source.First && role is null; i--)
            if (lexicon.RoleGender(x.Folded[i]) != '\0' || lexicon.RoleGender(RoleStem(x.Folded[i])) != '\0') role = RoleStem(x.Folded[i]);
        if (role is null) return null;
        // "Jean-François Roubaud, président de la Confédération ..., s'est déclaré": the name set off just before the role.
        foreach (var mention in mentions)
            if (mention.Last < source.First && source.First - mention.Last <= 2 && x.Folded[mention.Last + 1] == "," && entities[mention.Entity].Person)
                return new ResolvedSpeaker(entities[mention.Entity].Name, entities[mention.Entity].Id, "apposition", 0.75);
        for (var i = source.First - 1; i >= 0; i--)
        {
            if (RoleStem(x.Folded[i]) != role) continue;
            foreach (var mention in mentions)
            {
                // "Spokeswoman Haley Morris", "le ministre de l'Intérieur, Gérald Darmanin", "Gérald Darmanin, le ministre".
                var after = mention.First > i && x.Sentence[mention.First] == x.Sentence[i]
                            && (mention.First - i <= 6 || mention.First - i <= 16 && x.Folded[mention.First - 1] == "," && PlainPhrase(x, i + 1, mention.First - 2));
                var before = mention.Last < i && i - mention.Last <= 3 && x.Sentence[mention.Last] == x.Sentence[i];
                if ((after || before) && entities[mention.Entity].Person)
                    return new ResolvedSpeaker(entities[mention.Entity].Name, entities[mention.Entity].Id, "role", 0.7);
            }
        }
        return null;
    }

    /// <summary>
    /// One form for the masculine and feminine of a French role noun, so "la rapporteuse" finds the person named
    /// beside "le rapporteur", "la présidente" the one beside "le président": -euse and -rice read as -eur, -ienne as
    /// -ien, -ère as -er, a final -e dropped. Both sides go through it, so words it mangles still compare equal.
    /// </summary>
    internal static string RoleStem(string folded) =>
        folded.EndsWith("euse", StringComparison.Ordinal) ? folded[..^4] + "eur"
        : folded.EndsWith("rice", StringComparison.Ordinal) ? folded[..^4] + "eur"
        : folded.EndsWith("ienne", StringComparison.Ordinal) ? folded[..^5] + "ien"
        : folded.EndsWith("ere", StringComparison.Ordinal) ? folded[..^3] + "er"
        : folded.Length > 4 && folded.EndsWith('e') ? folded[..^1] : folded;

    /// <summary>How far back an earlier mention of a bare head noun ("l'agence", "le rapport") is looked for, in tokens.</summary>
    private const int EarlierPhraseReach = 1500;

    /// <summary>
    /// The nearest earlier phrase of the article with the same head noun as <paramref name="head"/> and at least one
    /// complement: "l'agence" → "l'agence météorologique japonaise", "le rapport" → "un rapport de l'ONUSIDA": the head
    /// and its lowercase adjectives and "de" complements, up to punctuation or a verb; null when there is none.
    /// </summary>
    private static (int First, int Last)? EarlierPhrase(AttributionInput x, int head)
    {
        for (var k = head - 1; k >= 0 && head - k <= EarlierPhraseReach; k--)
            if (x.Folded[k] == x.Folded[head] && !ReportingClause.Quoted(x, k) && x.Tags?[k] is not ("VERB" or "AUX") && PhraseAt(x, k) is { } phrase)
                return phrase;
        return null;
    }

    /// <summary>The noun at <paramref name="k"/> with its lowercase adjectives and "de" complements, if it has any.</summary>
    private static (int First, int Last)? PhraseAt(AttributionInput x, int k)
    {
        var last = k;
        for (var j = k + 1; j < x.Count && j - k <= 10 && x.Sentence[j] == x.Sentence[k] && !ReportingClause.Quoted(x, j); j++)
        {
            var f = x.Folded[j];
            if (x.Tags?[j] is "VERB" or "AUX" || x.Shape[j] is not ("x" or "Xx" or "X" or "d") && f is not ("l'" or "d'")) break;
            if (x.Tags?[j] is "ADJ" || x.Shape[j] is "Xx" or "X" || x.Tags?[j] is "NOUN" or "PROPN" && j > k + 1) last = j;
            else if (f is not ("de" or "d'" or "du" or "des" or "l'" or "la" or "le" or "les" or "of" or "the")) break;
        }
        return last > k ? (k, last) : null;
    }

    /// <summary>
    /// A text that speaks for its author ("le rapport estime", "selon cette étude", "le communiqué précise"): the
    /// author named in the nearest earlier mention of the same text noun ("un rapport de l'ONUSIDA"), else the subject
    /// of the verb that introduced it ("l'ONUSIDA a publié un rapport"), read as a name or an institution.
    /// </summary>
    private ResolvedSpeaker? FromDocument(AttributionInput x, (int First, int Last) source, List<NameMention> mentions, List<Entity> entities,
        List<(string Head, ResolvedSpeaker Speaker)> institutions)
    {
        var head = source.First;
        while (head <= source.Last && Determiners.Contains(x.Folded[head])) head++;
        if (head > source.Last || head == source.First || !TextNouns.Contains(x.Folded[head])) return null;
        // The head alone, or with adjectives only ("le rapport final"): the author is named elsewhere.
        for (var k = head + 1; k <= source.Last; k++) if (x.Tags?[k] is not "ADJ") return null;
        for (var k = head - 1; k >= 0 && head - k <= EarlierPhraseReach; k--)
        {
            if (x.Folded[k] != x.Folded[head] || ReportingClause.Quoted(x, k) || x.Tags?[k] is "VERB" or "AUX") continue;
            // "un rapport de l'ONUSIDA": the complement names the author.
            if (PhraseAt(x, k) is { } phrase)
            {
                var complement = k + 1;
                while (complement <= phrase.Last && (x.Tags?[complement] is "ADJ" || x.Folded[complement] is "de" or "d'" or "du" or "des" or "of")) complement++;
                var author = complement <= phrase.Last && complement > k + 1 && FromInstitution(x, (complement, phrase.Last), institutions) is { } institution
                    ? institution : FromNames(x, phrase, mentions, entities);
                if (author is not null) return author with { How = "document", Confidence = 0.6 };
            }
            // "L'ONUSIDA a publié un nouveau rapport": where the text is introduced (an indefinite article), the subject of
            // the verb just before it. A definite mention ("les conclusions du rapport") refers back: look further.
            var article = k - 1;
            if (article > 0 && x.Tags?[article] == "ADJ") article--;
            if (article < 0 || x.Folded[article] is not ("un" or "une" or "a" or "an")) continue;
            for (var v = article - 1; v >= 0 && x.Sentence[v] == x.Sentence[k] && article - v <= 10; v--)
            {
                if (ReportingClause.Quoted(x, v) || x.Tags?[v] is not "VERB") continue;
                if (ReportingClause.SubjectBefore(x, v) is not { } subject) return null;
                return (FromNames(x, subject, mentions, entities) ?? FromInstitution(x, subject, institutions)) is { } introducer
                    ? introducer with { How = "document", Confidence = 0.55 } : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>"de la Commission des droits de l'homme de l'ONU pour Cuba": no comma, verb or quotation from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static bool PlainPhrase(AttributionInput x, int first, int last)
    {
        for (var k = first; k <= last; k++)
            if (x.Folded[k] is "," or ";" or ":" || x.Tags?[k] is "VERB" or "AUX" || ReportingClause.Quoted(x, k)) return false;
        return true;
    }

    /// <summary>Head nouns of the names of institutions and organisations, French and English.</summary>
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "gouvernement", "ministere", "parlement", "senat", "assemblee", "congres", "comite", "commission", "conseil", "cour", "tribunal",
        "parquet", "parti", "agence", "institut", "organisation", "union", "alliance", "armee", "office", "bureau", "federation",
        "confederation", "syndicat", "association", "fondation", "banque", "societe", "chaine", "presidence", "direction", "mairie",
        "prefecture", "programme", "fonds", "conference", "communaute", "ligue", "mouvement", "front", "coalition", "observatoire",
        "justice", "groupe", "police", "gendarmerie", "municipalite",
        "government", "ministry", "parliament", "senate", "committee", "council", "court", "party", "agency", "institute",
        "organization", "organisation", "federation", "foundation", "bank", "department", "league", "movement", "coalition",
    };

    /// <summary>Nouns of quantity that head a phrase about some members of a group ("Nombre de syndicats", "La plupart des élus"): nobody in particular.</summary>
    private static readonly HashSet<string> QuantityNouns = new(StringComparer.Ordinal)
    {
        "nombre", "plupart", "majorite", "minorite", "partie", "ensemble", "dizaine", "dizaines", "centaine", "centaines", "millier", "milliers",
        "certains", "plusieurs", "beaucoup", "most", "many", "some", "several", "dozens", "hundreds", "thousands",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "un", "une", "the", "this", "its", "a", "an",
    };

    /// <summary>
    /// An institution named by a phrase no name rule reads, because French writes its adjectives and complements in
    /// lowercase ("La République populaire de Chine", "le gouvernement japonais", "la Commission électorale de la bande
    /// de Gaza"): the source phrase without its determiner, up to a comma or parenthesis, when its head is a
    /// capitalized noun or an institution noun; the slug of that phrase is its id. A bare head with a definite or
    /// demonstrative determiner ("l'agence", "cette commission") is the institution of that head named before in the
    /// article, or nobody.
    /// </summary>
    private ResolvedSpeaker? FromInstitution(AttributionInput x, (int First, int Last) source, List<(string Head, ResolvedSpeaker Speaker)> named)
    {
        var head = source.First;
        while (head <= source.Last && Determiners.Contains(x.Folded[head])) head++;
        if (head > source.Last || x.Shape[head] is not ("Xx" or "x" or "X") || Grammar.PronounGender(x.Folded[head]) != '\0') return null;
        // Capitalized heads are read only where a tagger says they are nouns (French): "The Chinese president" is a role.
        var capitalized = x.Shape[head] is "Xx" or "X" && x.Tags?[head] is "NOUN" or "PROPN";
        if (!capitalized && !InstitutionNouns.Contains(x.Folded[head]) || QuantityNouns.Contains(x.Folded[head])) return null;
        var last = head;
        while (last + 1 <= source.Last && x.Folded[last + 1] is not ("," or "(" or ")" or ";" or ":")) last++;
        while (last > head && x.Shape[last] is not ("Xx" or "x" or "X" or "d")) last--;
        if (last == head)
        {
            // "l'agence", "le gouvernement": the institution of that head named earlier, if any.
            var folded = x.Folded[head];
            for (var k = named.Count - 1; k >= 0; k--)
                if (named[k].Head == folded) return named[k].Speaker with { How = "institution-reference", Confidence = 0.6 };
            // "Selon l'agence" after "l'agence météorologique japonaise" was named without speaking.
            if (EarlierPhrase(x, head) is { } earlier && FromInstitution(x, earlier, named) is { } institution)
                return institution with { How = "institution-reference", Confidence = 0.6 };
            if (!capitalized) return null;
        }
        // A single name is the name rules' to read (a place, a country); a phrase ending on a role noun is a person's role.
        if (last == head || lexicon.RoleGender(x.Folded[last]) != '\0') return null;
        var name = x.Text[x.Tokens[head].Start..x.Tokens[last].End];
        var speaker = new ResolvedSpeaker(name, Slug(name), "institution", 0.65);
        named.Add((x.Folded[head], speaker));
        return speaker;
    }

    /// <summary>A quotation with no cue of its own continues the previous speaker of its paragraph or the one before, when nobody else was named in between.</summary>
    private static ResolvedSpeaker? Continuation(AttributionInput x, int index, IReadOnlyList<FoundAttribution> attributions, ResolvedSpeaker?[] resolved,
        List<NameMention> mentions, List<Entity> entities)
    {
        if (index == 0 || resolved[index - 1] is not { } previous) return null;
        var first = attributions[index].First;
        var from = attributions[index - 1].Last;
        var paragraphs = 0;
        for (var i = from + 1; i <= first; i++) if (x.ParagraphStart[i]) paragraphs++;
        if (paragraphs > 1) return null;
        foreach (var mention in mentions)
            if (mention.First > from && mention.First < first && !x.InQuote[mention.First] && entities[mention.Entity].Person && entities[mention.Entity].Id != previous.Id)
                return null;
        return previous with { How = "continuation", Confidence = 0.6 };
    }

    /// <summary>"Anna Dupont" → "anna-dupont": lowercase ASCII letters and digits, words joined by '-'.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = Extraction.TextFold.Fold(raw);
            if (char.IsLetterOrDigit(c) && c < 128) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
