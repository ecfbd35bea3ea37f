using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Speakers;

/// <summary>
/// A place in a text that names a speaker: a known name (<see cref="Person"/> set), or a role
/// description that may refer to several people (<see cref="RoleCandidates"/>).
/// </summary>
public sealed record Mention(int Start, int End, string Surface, Person? Person, IReadOnlyList<Person> RoleCandidates)
{
    public bool IsRole => Person is null;
}

/// <summary>Finds registry names and roles in a text by longest match over folded words.</summary>
public static class MentionFinder
{
    /// <summary>A folded word of the text; French elisions are separate words ("l'OTAN" → "l", "otan").</summary>
    internal readonly record struct Word(int Start, int End, string Folded);

    internal static List<Word> Words(string text, int start, int end)
    {
        var words = new List<Word>(Math.Max(4, (end - start) / 6));
        foreach (var token in Tokenizer.Tokenize(text, start, end))
        {
            var folded = token.Folded;
            var apostrophe = folded.IndexOf('\'');
            if (apostrophe > 0 && apostrophe < folded.Length - 1)
            {
                words.Add(new Word(token.Start, token.Start + apostrophe, folded[..apostrophe]));
                words.Add(new Word(token.Start + apostrophe + 1, token.End, folded[(apostrophe + 1)..]));
            }
            else
            {
                words.Add(new Word(token.Start, token.End, folded));
            }
        }
        return words;
    }

    public static IReadOnlyList<Mention> Find(SpeakerRegistry registry, string text) => Find(registry, text, 0, text.Length);

    public static List<Mention> Find(SpeakerRegistry registry, string text, int start, int end)
    {
        var words = Words(text, start, end);
        var mentions = new List<Mention>();
        var key = new StringBuilder(64);
        var i = 0;
        while (i < words.Count)
        {
            if (!registry.FirstWords.Contains(words[i].Folded)) { i++; continue; }
            var matched = false;
            var maxN = Math.Min(registry.LongestKeyWords, words.Count - i);
            for (var n = maxN; n >= 1 && !matched; n--)
            {
                key.Clear();
                for (var k = 0; k < n; k++)
                {
                    if (k > 0) key.Append(' ');
                    key.Append(words[i + k].Folded);
                }
                var candidate = key.ToString();
                var s = words[i].Start;
                var e = words[i + n - 1].End;
                var capitalized = char.IsUpper(text[s]);
                Person? person = null;
                IReadOnlyList<Person> roles = [];
                if (capitalized && registry.IsNameKey(candidate)) person = registry.Resolve(candidate);
                else if (registry.IsRoleKey(candidate)) roles = registry.ResolveRole(candidate);
                else if (n == 1 && capitalized && registry.IsUniqueLastName(candidate)) person = registry.Resolve(candidate);
                if (person is null && roles.Count == 0) continue;
                // Keep a preceding honorific or determiner in the surface ("M. Xi", "le président russe").
                var surfaceStart = s;
                if (i > 0 && (SpeakerRegistry.IsHonorific(words[i - 1].Folded)) && s - words[i - 1].End <= 2)
                    surfaceStart = words[i - 1].Start;
                mentions.Add(new Mention(surfaceStart, e, text[surfaceStart..e], person, roles));
                i += n;
                matched = true;
            }
            if (!matched) i++;
        }
        return mentions;
    }
}
