namespace ClaimCheck.Judging;

/// <summary>
/// Which predicates talk about the same kind of event. "Wants to meet" and "does not intend to talk with"
/// are about the same encounter, so a judge must compare them even though the verbs differ.
/// </summary>
public static class PredicateRelatedness
{
    private static readonly IReadOnlyDictionary<string, string> FamilyOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["meet"] = "encounter", ["talk"] = "encounter", ["discuss"] = "encounter", ["negotiate"] = "encounter", ["call"] = "encounter",
        ["speak"] = "encounter", ["visit"] = "encounter", ["see"] = "encounter",
        ["attend"] = "participation", ["participate"] = "participation", ["join"] = "participation", ["go"] = "participation", ["travel"] = "participation",
        ["support"] = "stance", ["oppose"] = "stance", ["back"] = "stance", ["condemn"] = "stance", ["approve"] = "stance", ["reject"] = "stance",
        ["criticize"] = "stance", ["welcome"] = "stance",
        ["trade"] = "trade", ["export"] = "trade", ["import"] = "trade", ["reach"] = "trade", ["increase"] = "trade", ["grow"] = "trade",
        ["say"] = "statement", ["declare"] = "statement", ["announce"] = "statement", ["confirm"] = "statement", ["deny"] = "statement",
        ["use"] = "use", ["invade"] = "invade", ["attack"] = "invade", ["sign"] = "agreement", ["agree"] = "agreement",
    };

    // Predicates relating two people symmetrically: "A meets B" asserts "B meets A".
    private static readonly IReadOnlySet<string> Symmetric = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "meet", "talk", "discuss", "negotiate", "call", "speak", "agree",
    };

    public static string Family(string predicate) =>
        FamilyOf.TryGetValue(predicate, out var family) ? family : predicate.ToLowerInvariant();

    public static bool AreRelated(string first, string second) =>
        string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || Family(first) == Family(second);

    public static bool IsSymmetric(string predicate) => Symmetric.Contains(predicate);

    public static bool IsParticipation(string predicate) => Family(predicate) == "participation";

    public static bool IsEncounter(string predicate) => Family(predicate) == "encounter";
}
