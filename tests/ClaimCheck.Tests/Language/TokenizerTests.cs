using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    private static TokenKind[] Kinds(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Kind)];

    [Theory]
    [InlineData("l'homme", "l'|homme")]
    [InlineData("L’État qu’il jusqu'à lorsqu’on puisqu'elle", "L’|État|qu’|il|jusqu'|à|lorsqu’|on|puisqu'|elle")]
    [InlineData("c'est n'a s'il m'a t'a d'un j'ai", "c'|est|n'|a|s'|il|m'|a|t'|a|d'|un|j'|ai")]
    [InlineData("aujourd'hui quelqu'un prud'homme", "aujourd'hui|quelqu'un|prud'homme")]
    [InlineData("qu'est-ce", "qu'|est|-ce")]
    public void French_elisions_are_split_after_the_apostrophe_as_in_UD(string text, string expected) =>
        string.Join('|', Texts(text)).ShouldBe(expected);

    [Theory]
    [InlineData("a-t-il", "a|-t-il")]
    [InlineData("dit-elle", "dit|-elle")]
    [InlineData("peut-on", "peut|-on")]
    [InlineData("Va-t-on", "Va|-t-on")]
    [InlineData("dis-le-moi", "dis|-le|-moi")]
    [InlineData("allez-y", "allez|-y")]
    [InlineData("porte-parole Jean-Pierre peut-être rendez-vous", "porte-parole|Jean-Pierre|peut-être|rendez-vous")]
    public void Inverted_clitics_are_their_own_tokens_and_compounds_stay_whole(string text, string expected) =>
        string.Join('|', Texts(text)).ShouldBe(expected);

    [Theory]
    [InlineData("don't", "do|n't")]
    [InlineData("It's John's car, we're here, I'd go, they've, we'll, I'm", "It|'s|John|'s|car|,|we|'re|here|,|I|'d|go|,|they|'ve|,|we|'ll|,|I|'m")]
    [InlineData("can’t O'Neill", "ca|n’t|O'Neill")]
    public void English_contractions_are_split(string text, string expected) =>
        string.Join('|', Texts(text)).ShouldBe(expected);

    [Fact]
    public void French_quotes_with_non_breaking_spaces_are_open_and_close_marks()
    {
        var text = "«\u00A0Nous surveillons\u202F»\u00A0: «Oui»";
        Texts(text).ShouldBe(["«", "Nous", "surveillons", "»", ":", "«", "Oui", "»"]);
        Kinds(text).ShouldBe([TokenKind.QuoteOpen, TokenKind.Word, TokenKind.Word, TokenKind.QuoteClose, TokenKind.Punctuation,
            TokenKind.QuoteOpen, TokenKind.Word, TokenKind.QuoteClose]);
    }

    [Fact]
    public void Straight_and_curly_quotes_have_their_kinds()
    {
        Kinds("\"a\" “b” ‘c’").ShouldBe([TokenKind.QuoteAmbiguous, TokenKind.Word, TokenKind.QuoteAmbiguous,
            TokenKind.QuoteOpen, TokenKind.Word, TokenKind.QuoteClose, TokenKind.QuoteOpen, TokenKind.Word, TokenKind.QuoteAmbiguous]);
    }

    [Fact]
    public void Dialogue_and_incise_dashes_are_dashes()
    {
        var text = "— Oui, dit-il – enfin - non.\n- Bien sûr -- voilà";
        Texts(text).ShouldBe(["—", "Oui", ",", "dit", "-il", "–", "enfin", "-", "non", ".", "-", "Bien", "sûr", "--", "voilà"]);
        var kinds = Kinds(text);
        kinds[0].ShouldBe(TokenKind.Dash);
        kinds[5].ShouldBe(TokenKind.Dash);
        kinds[7].ShouldBe(TokenKind.Dash);
        kinds[10].ShouldBe(TokenKind.Dash);
        kinds[13].ShouldBe(TokenKind.Dash);
    }

    [Theory]
    [InlineData("140 000 personnes", "140 000|personnes")]
    [InlineData("1\u202F234\u00A0567,5 euros", "1\u202F234\u00A0567,5|euros")]
    [InlineData("3,5 % et 3.5 et 1,000,000", "3,5|%|et|3.5|et|1,000,000")]
    [InlineData("en 2019 200 morts", "en|2019|200|morts")]
    [InlineData("-5 °C", "-5|°|C")]
    [InlineData("fin 2019.", "fin|2019|.")]
    public void Numbers_keep_spaced_thousands_and_decimal_commas(string text, string expected) =>
        string.Join('|', Texts(text)).ShouldBe(expected);

    [Fact]
    public void Numbers_are_numbers_and_mixed_forms_are_words()
    {
        Kinds("140 000 3,5 G20 COVID-19").ShouldBe([TokenKind.Number, TokenKind.Number, TokenKind.Word, TokenKind.Word]);
    }

    [Theory]
    [InlineData("voir https://example.org/a_(b)?q=1, puis", "voir|https://example.org/a_(b)?q=1|,|puis")]
    [InlineData("(www.lemonde.fr).", "(|www.lemonde.fr|)|.")]
    [InlineData("écrire à jean.dupont@example.fr.", "écrire|à|jean.dupont@example.fr|.")]
    public void Urls_and_emails_are_one_token_without_trailing_punctuation(string text, string expected) =>
        string.Join('|', Texts(text)).ShouldBe(expected);

    [Theory]
    [InlineData("M. Dupont et Mme Durand", "M.|Dupont|et|Mme|Durand")]
    [InlineData("J. Biden, etc. Puis les U.S.", "J.|Biden|,|etc.|Puis|les|U.S.")]
    [InlineData("Quoi ?! Non... Si…", "Quoi|?!|Non|...|Si|…")]
    public void Abbreviations_initials_and_punctuation_runs(string text, string expected) =>
        string.Join('|', Texts(text)).ShouldBe(expected);

    [Fact]
    public void Odd_characters_become_tokens_or_separators_without_throwing()
    {
        var text = "a\0b \uD800 e\u0301 \u0301x 😀 \uDC00z";
        var tokens = Tokenizer.Tokenize(text);
        Texts(text).ShouldBe(["a", "b", "\uD800", "e\u0301", "\u0301x", "😀", "\uDC00", "z"]);
        tokens.Single(t => text[t.Start..t.End] == "😀").Kind.ShouldBe(TokenKind.Symbol);
    }

    [Fact]
    public void A_megabyte_without_spaces_is_tokenized_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("abc'd-e.f,g", 100_000));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        TokenInvariants.Check(text, tokens);
    }
}
