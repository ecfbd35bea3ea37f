using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests.Attribution;

/// <summary>
/// The extractor returns a result for any string: 10,000 generated inputs built from every quotation-mark and
/// dash, random Unicode (lone surrogates, controls, combining marks), texts without spaces and slices of the
/// sample articles, each checked for valid spans; and a few 1 MB inputs.
/// </summary>
public class ExtractorFuzzTests
{
    private static readonly string[] Pieces =
    [
        "«", "»", "“", "”", "„", "\"", "'", "‘", "’", "‹", "›", "—", "–", "-", "--", " ", "\u00A0", "\u202F", "\n", "\n\n", ".", ",", ":", "?", "!", "…",
        "a déclaré", "a-t-il dit", "said", "selon", "according to", "que", "that", "Poutine", "Biden", "Marie Dupont", "il", "elle", "she", "M.", "Mme",
        "\u0000", "\uD800", "\uDC00", "\u0301", "\u202E", "\u200B", "😀", "ﷺ", "日本語", "\t", "\r\n",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 10).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extraction_never_throws_and_every_span_lies_in_the_text(int seed)
    {
        var random = new Random(seed);
        var samples = new[] { "000", "001", "002", "003", "004" }.Select(SampleCorpus.Read).ToArray();
        var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
        for (var n = 0; n < 1000; n++)
        {
            var body = (n % 4) switch
            {
                0 => string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)])),
                1 => new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray()),
                2 => Slice(samples[random.Next(samples.Length)], random),
                _ => Slice(samples[random.Next(samples.Length)], random).Replace(" ", Pieces[random.Next(Pieces.Length)]),
            };
            var language = random.Next(2) == 0 ? "fr" : "en";
            var quotes = extractor.Extract(random.Next(3) == 0 ? body : null, body, language);
            foreach (var quote in quotes.Where(q => q.Kind != QuoteKind.Headline))
            {
                quote.Start.ShouldBeInRange(0, body.Length);
                quote.End.ShouldBeInRange(quote.Start, body.Length);
                quote.SentenceStart.ShouldBeLessThanOrEqualTo(quote.SentenceEnd);
                quote.SentenceEnd.ShouldBeLessThanOrEqualTo(body.Length);
            }
        }
    }

    [Theory]
    [InlineData("« ")]
    [InlineData("— Oui. ")]
    [InlineData("x")]
    public void A_megabyte_of_one_pattern_is_read_in_one_piece(string unit)
    {
        var body = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        Should.NotThrow(() => new QuoteExtractor(SpeakerRegistry.Shipped) { Mode = ExtractionMode.Learned }.Extract(null, body, "fr"));
    }

    private static string Slice(string text, Random random)
    {
        var start = random.Next(text.Length);
        return text[start..Math.Min(text.Length, start + random.Next(1, 2000))];
    }
}
