using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text, ParagraphBreak paragraphBreak = ParagraphBreak.Newline)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. SentenceSplitter.Sentences(text, tokens, paragraphBreak).Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void Sentences_end_at_final_punctuation_before_a_capital() =>
        Sentences("Il pleut. Elle part ! Vraiment ? Oui… Fin").ShouldBe(["Il pleut.", "Elle part !", "Vraiment ?", "Oui…", "Fin"]);

    [Fact]
    public void Titles_initials_and_decimals_do_not_end_sentences() =>
        Sentences("M. Dupont et Mme Durand ont vu le Dr. House. J. Biden a dit 3.5 fois non. Mr. Smith agreed.")
            .ShouldBe(["M. Dupont et Mme Durand ont vu le Dr. House.", "J. Biden a dit 3.5 fois non.", "Mr. Smith agreed."]);

    [Fact]
    public void Etc_ends_a_sentence_only_before_a_capital() =>
        Sentences("Des pommes, des poires, etc. Puis rien. Des pommes, etc. et des poires.")
            .ShouldBe(["Des pommes, des poires, etc.", "Puis rien.", "Des pommes, etc. et des poires."]);

    [Fact]
    public void Final_punctuation_inside_closing_quotes_keeps_the_quote_in_the_sentence() =>
        Sentences("« Nous viendrons. » Il est parti. \"We will.\" She left.")
            .ShouldBe(["« Nous viendrons. »", "Il est parti.", "\"We will.\"", "She left."]);

    [Fact]
    public void A_quote_followed_by_its_attribution_stays_one_sentence() =>
        Sentences("« Nous viendrons. » a-t-il dit. « Non ! » — répond-elle.")
            .ShouldBe(["« Nous viendrons. » a-t-il dit.", "« Non ! » — répond-elle."]);

    [Fact]
    public void Paragraphs_end_at_line_breaks_or_only_at_blank_lines()
    {
        const string text = "Un titre\nPremière ligne\nsuite.\n\nDeuxième paragraphe. Encore.";
        var tokens = Tokenizer.Tokenize(text);
        SentenceSplitter.Paragraphs(text, tokens).Select(p => text[p.Start..p.End])
            .ShouldBe(["Un titre", "Première ligne", "suite.", "Deuxième paragraphe. Encore."]);
        SentenceSplitter.Paragraphs(text, tokens, ParagraphBreak.BlankLine).Select(p => text[p.Start..p.End])
            .ShouldBe(["Un titre\nPremière ligne\nsuite.", "Deuxième paragraphe. Encore."]);
        Sentences(text).ShouldBe(["Un titre", "Première ligne", "suite.", "Deuxième paragraphe.", "Encore."]);
    }

    [Fact]
    public void No_tokens_give_no_segments()
    {
        SentenceSplitter.Sentences("  \n ", Tokenizer.Tokenize("  \n ")).ShouldBeEmpty();
        SentenceSplitter.Paragraphs("", Tokenizer.Tokenize("")).ShouldBeEmpty();
    }
}
