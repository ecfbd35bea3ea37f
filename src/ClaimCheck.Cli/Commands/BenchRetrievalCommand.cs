using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimCheck.Api.Judging;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Npgsql;
using Spectre.Console;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Candidate retrieval cost as the claims table grows: seeds synthetic claims with COPY into a schema of its own, adds
/// probe articles of 20 claims dated at the end of the stored period, and times the service's candidate query (the
/// same SQL, <see cref="StoredClaimRetrieval.CandidateSqlFor"/>) for each, printing one EXPLAIN (ANALYZE, BUFFERS).
/// A benchmark, not a test; drops its schema at the end unless <c>--keep</c>.
/// </summary>
public static class BenchRetrievalCommand
{
    private const string Schema = "bench_retrieval";
    private const int ClaimsPerArticle = 20;
    private const int ClaimsPerDay = 1000;

    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Stored claim counts, comma-separated", DefaultValueFactory = _ => "1000,100000,1000000" };
        var probes = new Option<int>("--probes") { Description = "Probe articles timed per size", DefaultValueFactory = _ => 20 };
        var keep = new Option<bool>("--keep") { Description = $"Leave the last size's schema ({Schema}) in place, to study its plans" };
        var command = new Command("bench-retrieval", "Time candidate retrieval per new 20-claim article at several claims-table sizes (a benchmark, not a test).");
        command.Options.Add(sizes);
        command.Options.Add(probes);
        command.Options.Add(keep);
        command.SetAction(async (parse, cancellation) =>
        {
            var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__ClaimCheck")
                ?? throw new InvalidOperationException("ConnectionStrings__ClaimCheck is not set (run through ops/claimcheck).");
            await using var source = NpgsqlDataSource.Create(connectionString);
            var results = new List<(int Size, double Median, double P90, int Candidates, int Distinct, double SeedSeconds)>();
            foreach (var size in parse.GetValue(sizes)!.Split(',').Select(int.Parse))
                results.Add(await RunSize(source, size, parse.GetValue(probes), cancellation));
            if (!parse.GetValue(keep))
                await using (var drop = source.CreateCommand($"drop schema if exists {Schema} cascade")) await drop.ExecuteNonQueryAsync(cancellation);

            AnsiConsole.WriteLine();
            AnsiConsole.WriteLine("stored claims | retrieval per 20-claim article, median / p90 | candidate pairs / distinct candidates per article (median) | seed + index build");
            foreach (var r in results)
                AnsiConsole.WriteLine($"{r.Size,13:N0} | {r.Median,8:0.0} ms / {r.P90,6:0.0} ms | {r.Candidates,6} / {r.Distinct,6} | {r.SeedSeconds:0} s");
            if (results.Count > 1)
                AnsiConsole.WriteLine($"largest / smallest median: {results[^1].Median / results[0].Median:0.00}x");
            return 0;
        });
        return command;
    }

    private static async Task<(int, double, double, int, int, double)> RunSize(NpgsqlDataSource source, int size, int probes, CancellationToken cancellation)
    {
        var seedClock = Stopwatch.StartNew();
        var table = ClaimsTable.Define(Schema);
        var people = ClaimsTable.DefinePeople(Schema, table);
        // Indexes are built after the rows are in, as a bulk load would.
        var indexes = table.Indexes.Select(i => (Table: table, Index: i)).Concat(people.Indexes.Select(i => (Table: people, Index: i))).ToList();
        table.Indexes.Clear();
        people.Indexes.Clear();
        await Execute(source, $"drop schema if exists {Schema} cascade; create schema {Schema}; create extension if not exists pg_trgm", cancellation);
        await using (var conn = await source.OpenConnectionAsync(cancellation))
        {
            await table.MigrateAsync(conn, cancellation);
            await people.MigrateAsync(conn, cancellation);
            var generator = new Generator(seed: 1);
            var days = Math.Max(1, size / ClaimsPerDay);
            var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            await using (var writer = await conn.BeginTextImportAsync(CopyCommand, cancellation))
                for (var i = 0; i < size; i += ClaimsPerArticle)
                {
                    var date = start.AddDays((double)i / size * days);
                    foreach (var line in generator.Article(Guid.NewGuid(), date, Math.Min(ClaimsPerArticle, size - i)))
                        await writer.WriteLineAsync(line);
                }

            var probeIds = new List<Guid>();
            await using (var writer = await conn.BeginTextImportAsync(CopyCommand, cancellation))
                for (var p = 0; p < probes; p++)
                {
                    var id = Guid.NewGuid();
                    probeIds.Add(id);
                    foreach (var line in generator.Article(id, start.AddDays(days), ClaimsPerArticle)) await writer.WriteLineAsync(line);
                }
            await Execute(source, ClaimsTable.PeopleInsertSql(Schema, "true"), cancellation);
            foreach (var (owner, index) in indexes)
                await Execute(source, index.ToDDL(owner), cancellation);
            await Execute(source, $"analyze {Schema}.{ClaimsTable.Name}; analyze {Schema}.{ClaimsTable.PeopleName}", cancellation);
            var seedSeconds = seedClock.Elapsed.TotalSeconds;

            var sql = Positional(StoredClaimRetrieval.CandidateSqlFor(Schema));
            await using (var settings = new NpgsqlCommand(StoredClaimRetrieval.SessionSettingsSql, conn)) await settings.ExecuteNonQueryAsync(cancellation);
            var window = TimeSpan.FromDays(365);
            var timings = new List<double>();
            var counts = new List<int>();
            var distinct = new List<int>();
            foreach (var (id, round) in probeIds.SelectMany(id => new[] { (id, 0), (id, 1) }))
            {
                var clock = Stopwatch.StartNew();
                var rows = new List<string>();
                await using (var command = new NpgsqlCommand(sql, conn))
                {
                    command.Parameters.AddWithValue(window);
                    command.Parameters.AddWithValue(id);
                    await using var reader = await command.ExecuteReaderAsync(cancellation);
                    while (await reader.ReadAsync(cancellation)) rows.Add(reader.GetString(0));
                }
                // The first round warms the cache for this probe; the second is timed.
                if (round == 1)
                {
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                    // A row is one distinct candidate; its links are the (claim, candidate) pairs it stands for.
                    counts.Add(rows.Sum(r => JsonDocument.Parse(r).RootElement.GetProperty("links").GetArrayLength()));
                    distinct.Add(rows.Count);
                }
            }

            AnsiConsole.WriteLine($"--- {size:N0} stored claims: EXPLAIN (ANALYZE, BUFFERS) of one probe article's candidate query");
            await using (var explain = new NpgsqlCommand("explain (analyze, buffers) " + sql, conn))
            {
                explain.Parameters.AddWithValue(window);
                explain.Parameters.AddWithValue(probeIds[0]);
                await using var reader = await explain.ExecuteReaderAsync(cancellation);
                while (await reader.ReadAsync(cancellation)) AnsiConsole.WriteLine(reader.GetString(0));
            }
            timings.Sort();
            counts.Sort();
            distinct.Sort();
            return (size, timings[timings.Count / 2], timings[(int)(timings.Count * 0.9)], counts[counts.Count / 2], distinct[distinct.Count / 2], seedSeconds);
        }
    }

    private static string CopyCommand =>
        $"copy {Schema}.{ClaimsTable.Name} (claim_id, article_id, effective_date, kind, is_quote, quote_words, speaker_id, speaker, cue, entities, " +
        "subject, object, predicate, predicate_family, polarity, modality, numbers, language, search_config, text, sentence, extractor_version, frame, quote_keys) from stdin";

    private static async Task Execute(NpgsqlDataSource source, string sql, CancellationToken cancellation)
    {
        await using var command = source.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static string Positional(string sql)
    {
        var builder = new StringBuilder();
        var n = 0;
        foreach (var c in sql)
            if (c == '?') builder.Append('$').Append(++n);
            else builder.Append(c);
        return builder.ToString();
    }

    /// <summary>
    /// Synthetic French-looking claims: speakers drawn from 5,000 people with Zipf(1) popularity, sentences of 12-24
    /// random-letter words of 4-11 letters from a 30,000-word vocabulary with Zipf(1.1) frequencies, half of the claims direct quotes (a stretch of
    /// their sentence) and 1 % of quotes reusing an earlier quote's words under another speaker. Words are letters only,
    /// so the quote keys need no escaping in COPY's array literal.
    /// </summary>
    private sealed class Generator(int seed)
    {
        private readonly Random _random = new(seed);
        private readonly ZipfTable _people = new(5000, 1.0);
        private readonly ZipfTable _words = new(30000, 1.1);
        private readonly List<string> _recentQuotes = [];

        public IEnumerable<string> Article(Guid articleId, DateTimeOffset date, int claims)
        {
            for (var i = 0; i < claims; i++)
            {
                var speaker = $"person-{_people.Next(_random)}";
                var other = _random.NextDouble() < 0.5 ? $"person-{_people.Next(_random)}" : null;
                var words = Enumerable.Range(0, _random.Next(12, 25)).Select(_ => Word(_words.Next(_random))).ToList();
                var sentence = string.Join(' ', words);
                var isQuote = _random.NextDouble() < 0.5;
                var text = sentence;
                if (isQuote)
                {
                    var from = _random.Next(0, words.Count / 3);
                    text = string.Join(' ', words.Skip(from).Take(_random.Next(6, words.Count - from + 1)));
                    if (_recentQuotes.Count > 0 && _random.NextDouble() < 0.01) text = _recentQuotes[_random.Next(_recentQuotes.Count)];
                    if (_recentQuotes.Count < 10_000) _recentQuotes.Add(text); else _recentQuotes[_random.Next(_recentQuotes.Count)] = text;
                }
                var frame = new ClaimFrame(speaker, "say", other, Polarity.Affirmed, Modality.Asserted, null, [], []);
                var claim = new JudgedClaim(Guid.NewGuid(), articleId, date, isQuote ? QuoteKind.Direct : QuoteKind.Indirect, speaker, text, sentence, frame, "bench");
                var entities = ClaimRetrieval.Entities(claim);
                var keys = ClaimRetrieval.QuoteKeys(new StoredClaim(claim, "fr", speaker, "a déclaré"));
                yield return string.Join('\t',
                    claim.ClaimId, articleId, date.ToUniversalTime().ToString("O"), claim.Kind, isQuote ? "t" : "f", ClaimRetrieval.QuoteWords(claim),
                    speaker, speaker, "a déclaré", "{" + string.Join(',', entities) + "}", speaker, other ?? @"\N", "say", "say", "Affirmed", "Asserted",
                    "[]", "fr", "french", text, sentence, "bench", JsonSerializer.Serialize(frame, ClaimsTable.Json),
                    "{" + string.Join(',', keys.Select(k => $"\"{k}\"")) + "}");
            }
        }

        // A word of 4 to 11 letters drawn from its own rank, so the same rank is always the same word.
        private static string Word(int rank)
        {
            var random = new Random(rank * 7919 + 17);
            var letters = new char[random.Next(4, 12)];
            for (var i = 0; i < letters.Length; i++) letters[i] = (char)('a' + random.Next(26));
            return new string(letters);
        }
    }

    private sealed class ZipfTable
    {
        private readonly double[] _cumulative;

        public ZipfTable(int count, double exponent)
        {
            _cumulative = new double[count];
            var sum = 0.0;
            for (var i = 0; i < count; i++) _cumulative[i] = sum += 1 / Math.Pow(i + 1, exponent);
            for (var i = 0; i < count; i++) _cumulative[i] /= sum;
        }

        public int Next(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble());
            return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
        }
    }
}
