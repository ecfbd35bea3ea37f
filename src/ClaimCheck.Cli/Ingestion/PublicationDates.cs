using System.Globalization;

namespace ClaimCheck.Cli.Ingestion;

/// <summary>
/// Publication dates of plain-text articles, from a published.tsv beside them (file name, tab, ISO date; '#'
/// starts a comment). Plain text carries no date, and telling a change of position from a contradiction needs one.
/// </summary>
public sealed class PublicationDates
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byFolder = [];

    public string? For(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!_byFolder.TryGetValue(folder, out var dates))
        {
            var index = Path.Combine(folder, "published.tsv");
            dates = !File.Exists(index)
                ? new Dictionary<string, string>()
                : File.ReadLines(index)
                    .Where(l => l.Length > 0 && l[0] != '#')
                    .Select(l => l.Split('\t'))
                    .Where(p => p.Length == 2 && DateTimeOffset.TryParse(p[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                    .ToDictionary(p => p[0], p => p[1]);
            _byFolder[folder] = dates;
        }
        return dates.GetValueOrDefault(Path.GetFileName(file));
    }
}
