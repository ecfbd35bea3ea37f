using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

/// <summary>What every token list must satisfy: ordered, non-empty, in bounds, and covering every non-separator character.</summary>
public static class TokenInvariants
{
    public static void Check(string text, IReadOnlyList<Token> tokens)
    {
        var covered = 0;
        foreach (var token in tokens)
        {
            token.Start.ShouldBeGreaterThanOrEqualTo(covered, $"token {token} overlaps or goes back in {Show(text)}");
            token.End.ShouldBeGreaterThan(token.Start);
            token.End.ShouldBeLessThanOrEqualTo(text.Length);
            for (var i = covered; i < token.Start; i++)
                Tokenizer.IsSeparator(text[i]).ShouldBeTrue($"character {(int)text[i]:x4} at {i} is in no token of {Show(text)}");
            covered = token.End;
        }
        for (var i = covered; i < text.Length; i++)
            Tokenizer.IsSeparator(text[i]).ShouldBeTrue($"character {(int)text[i]:x4} at {i} is in no token of {Show(text)}");
    }

    public static void CheckSegments(IReadOnlyList<Token> tokens, IReadOnlyList<Segment> segments)
    {
        var next = 0;
        foreach (var segment in segments)
        {
            segment.FirstToken.ShouldBe(next);
            segment.EndToken.ShouldBeGreaterThan(segment.FirstToken);
            segment.Start.ShouldBe(tokens[segment.FirstToken].Start);
            segment.End.ShouldBe(tokens[segment.EndToken - 1].End);
            next = segment.EndToken;
        }
        next.ShouldBe(tokens.Count);
    }

    private static string Show(string text) =>
        text.Length > 80 ? $"\"{text[..80]}...\" ({text.Length} chars)" : $"\"{text}\"";
}
