namespace ClaimCheck.Tests.Language;

/// <summary>Deterministic generated inputs for fuzz tests: quotation-mark soups, dialogue dashes, elisions,
/// numbers, random Unicode (lone surrogates, controls, combining marks) and long runs without spaces.</summary>
public static class GeneratedText
{
    private static readonly string[] Pieces =
    [
        "«", "»", "\u00A0", "\u202F", "\"", "“", "”", "‘", "’", "'", "„", "‹", "›", "—", "–", "-", "--", " ", "\n", "\n\n", "\r\n",
        "l'", "qu’", "jusqu'", "a-t-il", "dit-elle", "peut-on", "don't", "it's", "M.", "Mme", "Dr.", "J.", "etc.", "U.S.",
        "3.5", "3,5", "140 000", "2019", ".", "!", "?", "…", "...", ",", ";", ":", "(", ")", "[", "]", "https://a.b/c", "www.x.fr",
        "a@b.co", "Il", "a", "déclaré", "Emmanuel", "Macron", "the", "said", "Poutine", "\0", "\uD800", "\uDC00", "\u0301", "😀",
        "\u200B", "\uFEFF", "\u00AD", "\t", "é", "ß", "ﬁ", "İ", "#", "@", "%", "€", "&",
    ];

    public static IEnumerable<string> Inputs(int count, int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var builder = new System.Text.StringBuilder();
            var mode = n % 4;
            var length = random.Next(0, mode == 3 ? 400 : 60);
            for (var k = 0; k < length; k++)
            {
                if (mode == 2)
                    builder.Append((char)random.Next(0, 0x10000));
                else if (mode == 3)
                    builder.Append(Pieces[random.Next(Pieces.Length)].Replace(" ", "").Replace("\n", ""));
                else
                    builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
            }
            yield return builder.ToString();
        }
    }
}
