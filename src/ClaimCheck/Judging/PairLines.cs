using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Judging;

/// <summary>One line of a judge-pairs / eval-pairs file: two free statements, and a gold label for evaluation.</summary>
public sealed record StatementPair(string Id, string Premise, string Hypothesis, string? Language, string? Label, string? Origin);

/// <summary>Reads and writes the JSON-lines contract of the judge-pairs and eval-pairs commands.</summary>
public static class PairLines
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Reads every pair from a JSON-lines reader; a malformed line is reported to <paramref name="errors"/> as
    /// "line N: reason" (N counts from 1, blank lines included) and skipped, so one bad line never stops a batch.
    /// </summary>
    public static IEnumerable<StatementPair> Read(TextReader reader, bool requireLabel, TextWriter errors)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var pair = TryParse(line, requireLabel, out var error);
            if (pair is null) { errors.WriteLine($"line {number}: {error}"); continue; }
            yield return pair;
        }
    }

    /// <summary>Parses one line; on failure returns null and a reason fit for "line N: reason".</summary>
    public static StatementPair? TryParse(string line, bool requireLabel, out string? error)
    {
        error = null;
        JsonNode? node;
        try { node = JsonNode.Parse(line); }
        catch (JsonException e) { error = "not valid JSON (" + e.Message.Split('.')[0] + ")"; return null; }
        if (node is not JsonObject obj) { error = "expected a JSON object"; return null; }

        string? Text(string name, out string? problem)
        {
            problem = null;
            if (!obj.TryGetPropertyValue(name, out var value) || value is null) return null;
            if (value is JsonValue v && v.TryGetValue<string>(out var s)) return s;
            if (name == "id" && value is JsonValue n && n.TryGetValue<long>(out var number)) return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = $"\"{name}\" must be a string";
            return null;
        }

        var id = Text("id", out var idProblem);
        var premise = Text("premise", out var premiseProblem);
        var hypothesis = Text("hypothesis", out var hypothesisProblem);
        var language = Text("language", out var languageProblem);
        var label = Text("label", out var labelProblem);
        var origin = Text("origin", out _);
        error = idProblem ?? premiseProblem ?? hypothesisProblem ?? languageProblem ?? labelProblem;
        if (error is not null) return null;
        if (string.IsNullOrWhiteSpace(id)) { error = "missing \"id\""; return null; }
        if (string.IsNullOrWhiteSpace(premise)) { error = "missing or empty \"premise\""; return null; }
        if (string.IsNullOrWhiteSpace(hypothesis)) { error = "missing or empty \"hypothesis\""; return null; }
        if (requireLabel)
        {
            if (string.IsNullOrWhiteSpace(label)) { error = "missing \"label\""; return null; }
            if (!PairLabels.All.Contains(label)) { error = $"unknown label \"{label}\" (expected contradiction, entailment or neutral)"; return null; }
        }
        return new StatementPair(id, premise, hypothesis, string.IsNullOrWhiteSpace(language) ? null : language, label, origin);
    }

    /// <summary>The judge-pairs output line. "superseded" needs dates that free statements lack, so it never appears here.</summary>
    public static string FormatPrediction(string id, PairJudgement judgement)
    {
        var output = new JsonObject
        {
            ["id"] = id,
            ["label"] = ContractLabel(judgement),
            ["scores"] = new JsonObject
            {
                [PairLabels.Contradiction] = Math.Round(judgement.ModelScores.Contradiction, 6),
                [PairLabels.Entailment] = Math.Round(judgement.ModelScores.Entailment, 6),
                [PairLabels.Neutral] = Math.Round(judgement.ModelScores.Neutral, 6),
            },
            ["reasons"] = new JsonArray([.. Reasons(judgement).Select(r => (JsonNode)JsonValue.Create(r))]),
        };
        return output.ToJsonString(Compact);
    }

    /// <summary>Each fired rule as "rule-id: reason", then the model's own explanation (its top feature contributions).</summary>
    public static IEnumerable<string> Reasons(PairJudgement judgement)
    {
        foreach (var rule in judgement.Reasons) yield return $"{rule.RuleId}: {rule.Reason}";
        var label = ContractLabel(judgement);
        var probability = label switch
        {
            PairLabels.Contradiction => judgement.ModelScores.Contradiction,
            PairLabels.Entailment => judgement.ModelScores.Entailment,
            _ => judgement.ModelScores.Neutral,
        };
        var pushes = string.Join(", ", judgement.TopContributions.Select(c =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Feature} {c.Contribution:+0.00;-0.00}")));
        yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"model: {label} p={probability:F3}{(pushes.Length > 0 ? " (" + pushes + ")" : "")}");
    }

    public static string ContractLabel(PairJudgement judgement) =>
        judgement.Label == PairLabels.Superseded ? PairLabels.Contradiction : judgement.Label;
}
