using ClaimCheck.Api.Lists;
using ClaimCheck.Judging;

namespace ClaimCheck.Api.Judging;

/// <summary>The judging capability's indexed list: every flag (from <see cref="FlagSummary"/>), as <c>/api/flags</c> pages it.</summary>
public static class JudgingLists
{
    /// <summary>
    /// A flag is listed unfiltered, under its label, under each speaker and under both of its articles (once when the
    /// two are one article); sorted by score descending, then oldest judgement, then id. Flags have no workflow state
    /// (the case has), so every entry is state 0.
    /// </summary>
    public static readonly IndexedList Flags = new("flags", "mt_doc_flagsummary", """
        WITH k AS (
          SELECT CASE WHEN jsonb_typeof(d->'Score') = 'number' THEN -((d->>'Score')::double precision) ELSE '-Infinity'::double precision END AS r,
                 (d->>'JudgedAt')::timestamptz AS t)
        SELECT 'all', '', 0::smallint, r, t FROM k
        UNION SELECT 'label', d->>'Label', 0::smallint, r, t FROM k WHERE jsonb_typeof(d->'Label') = 'string'
        UNION SELECT 'speaker', x, 0::smallint, r, t FROM k,
          jsonb_array_elements_text(CASE WHEN jsonb_typeof(d->'SpeakerIds') = 'array' THEN d->'SpeakerIds' ELSE '[]'::jsonb END) x
        UNION SELECT 'article', d->>'FirstArticleId', 0::smallint, r, t FROM k WHERE jsonb_typeof(d->'FirstArticleId') = 'string'
        UNION SELECT 'article', d->>'SecondArticleId', 0::smallint, r, t FROM k WHERE jsonb_typeof(d->'SecondArticleId') = 'string'
        """, Version: 1);

    public static readonly IReadOnlyList<IndexedList> All = [Flags];
}
