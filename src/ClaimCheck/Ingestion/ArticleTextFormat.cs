namespace ClaimCheck.Ingestion;

/// <summary>
/// Reads the plain-text article format: the first line is the headline and the rest is the body.
/// Scraped text often has no headline (the first line is already the lede); that first line is then
/// kept in the body and a title is derived from its first sentence, marked as not a real headline.
/// </summary>
public static class ArticleTextFormat
{
    private const int LongestHeadline = 200;
    private const int DerivedTitleLength = 160;

    public static ArticleDraft Parse(string text, string source)
    {
        var content = text.Replace("\r\n", "\n").TrimStart('\uFEFF', '\n', ' ', '\t');
        var firstBreak = content.IndexOf('\n');
        var firstLine = (firstBreak < 0 ? content : content[..firstBreak]).Trim();
        var rest = firstBreak < 0 ? "" : content[(firstBreak + 1)..];

        if (LooksLikeHeadline(firstLine) && rest.Trim().Length > 0)
            return new ArticleDraft { Title = firstLine, Body = rest.Trim(), Source = source };

        return new ArticleDraft
        {
            Title = DeriveTitle(firstLine),
            Body = content.Trim(),
            Source = source,
            HeadlineGiven = false,
        };
    }

    internal static bool LooksLikeHeadline(string line) =>
        line.Length is > 0 and <= LongestHeadline && !line.EndsWith('.') && !line.EndsWith(':');

    private static string DeriveTitle(string lede)
    {
        var end = lede.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? lede[..end] : lede;
        return sentence.Length <= DerivedTitleLength ? sentence : sentence[..DerivedTitleLength].TrimEnd() + "…";
    }
}
