using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

public sealed class TokenizerFuzzTests
{
    [Fact]
    public void Tokens_and_segments_of_generated_text_are_ordered_in_bounds_and_cover_every_visible_character()
    {
        foreach (var text in GeneratedText.Inputs(5_000, seed: 17))
        {
            var tokens = Tokenizer.Tokenize(text);
            TokenInvariants.Check(text, tokens);
            var sentences = new List<Segment>();
            var paragraphs = new List<Segment>();
            SentenceSplitter.Split(text, tokens, sentences, paragraphs);
            TokenInvariants.CheckSegments(tokens, sentences);
            TokenInvariants.CheckSegments(tokens, paragraphs);
        }
    }
}
