using ClaimCheck.Api.Lists;
using ClaimCheck.Review;

namespace ClaimCheck.Api.Review;

/// <summary>The review capability's indexed lists: the queue (from <see cref="ReviewQueueItem"/>) and the published ClaimReviews (from <see cref="Case"/>).</summary>
public static class ReviewLists
{
    /// <summary>
    /// A queue row is listed unfiltered, under its label and assignee, and under each speaker and article; sorted by
    /// score descending (cases without a score, opened by hand, first), then oldest, then id.
    /// </summary>
    public static readonly IndexedList Queue = new("review-queue", "mt_doc_reviewqueueitem", """
        WITH k AS (
          SELECT (d->>'State')::smallint AS s,
                 CASE WHEN jsonb_typeof(d->'Score') = 'number' THEN -((d->>'Score')::double precision) ELSE '-Infinity'::double precision END AS r,
                 (d->>'OpenedAt')::timestamptz AS t)
        SELECT 'all', '', s, r, t FROM k
        UNION SELECT 'label', d->>'Label', s, r, t FROM k WHERE jsonb_typeof(d->'Label') = 'string'
        UNION SELECT 'assignee', d->>'Assignee', s, r, t FROM k WHERE jsonb_typeof(d->'Assignee') = 'string'
        UNION SELECT 'speaker', x, s, r, t FROM k,
          jsonb_array_elements_text(CASE WHEN jsonb_typeof(d->'SpeakerIds') = 'array' THEN d->'SpeakerIds' ELSE '[]'::jsonb END) x
        UNION SELECT 'article', x, s, r, t FROM k,
          jsonb_array_elements_text(CASE WHEN jsonb_typeof(d->'ArticleIds') = 'array' THEN d->'ArticleIds' ELSE '[]'::jsonb END) x
        """, Version: 1);

    /// <summary>A case is listed once it has a published verdict (which survives a reopen), newest publication first.</summary>
    public static readonly IndexedList ClaimReviews = new("claim-reviews", "mt_doc_case", """
        SELECT 'all', '', 0::smallint,
               -extract(epoch FROM (d->'Published'->>'PublishedAt')::timestamptz)::double precision,
               (d->'Published'->>'PublishedAt')::timestamptz
        WHERE jsonb_typeof(d->'Published') = 'object'
        """, Version: 1);

    public static readonly IReadOnlyList<IndexedList> All = [Queue, ClaimReviews];
}
