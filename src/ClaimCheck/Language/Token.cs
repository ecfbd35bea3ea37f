namespace ClaimCheck.Language;

/// <summary>What a token is, as far as the tokenizer can tell from its characters alone.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>« ‹ “ „ ‚ ‘: marks that open a quotation.</summary>
    QuoteOpen,
    /// <summary>» › ”: marks that close a quotation.</summary>
    QuoteClose,
    /// <summary>Straight " and ', and a lone ’ or ʼ: opening or closing depends on context.</summary>
    QuoteAmbiguous,
    /// <summary>— – ― and a stand-alone '-' (dialogue or incise dash).</summary>
    Dash,
    /// <summary>Symbols, emoji, format characters and anything unreadable (a lone surrogate).</summary>
    Symbol,
    /// <summary>An http(s) or www. address, or an e-mail address.</summary>
    Url,
}

/// <summary>One token: its text is <c>text[Start..End]</c>.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text[Start..End];
}
