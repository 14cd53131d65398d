"""The review queue as one SQL query: every pair to go over with both claims, most useful first.

One query rather than a query per pair keeps start-up fast with ten thousand
pairs; document texts are not loaded here but only when context is asked for.
"""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from factcheck.records import ClaimView, QueueOptions, ReviewItem, Vote, topic_matches
from factcheck.store.dialect import SQLITE, Dialect
from factcheck.store.rows import json_ids


# Latest ordinary (not adjudication) event of each reviewer on each pair.
_CURRENT = """
    current as materialized (
        select l.pair_id, l.reviewer, l.label, l.note
        from labels l join (
            select max(id) as id from labels where adjudication = 0 group by pair_id, reviewer
        ) latest on latest.id = l.id
    )
"""


def _claim_columns(alias: str, doc: str, sql: Dialect) -> str:
    return f"""
        {alias}.id as {alias}_id, {alias}.text as {alias}_text, {alias}.speaker as {alias}_speaker,
        {alias}.side as {alias}_side, {alias}.document_id as {alias}_document_id,
        {alias}.char_start as {alias}_char_start, {alias}.char_end as {alias}_char_end,
        {doc}.title as {alias}_title, {doc}.publisher as {alias}_publisher, {doc}.published as {alias}_published,
        (select {sql.json_group_array}({sql.json_array}(q.char_start, q.char_end)) from quantities q
         where q.claim_id = {alias}.id)
            as {alias}_figures
    """


def queue_sql(
    options: QueueOptions,
    only_pairs: Collection[int] | None = None,
    sql: Dialect = SQLITE,
    topics: Collection[str] = (),
) -> tuple[str, dict]:
    """The query and its parameters; with `options.topic`, `topics` are the stored topics that match it."""
    params: dict = {"reviewer": options.reviewer}
    where = []
    if only_pairs is not None:
        where.append(f"p.id {sql.in_ids(':only_pairs')}")
        params["only_pairs"] = json_ids(only_pairs)
    if options.adjudicate:
        mine = "l.adjudication = 1"  # the lead's settled label
        others = "select * from current"
    else:
        mine = "l.adjudication = 0 and l.reviewer = :reviewer"
        others = "select * from current where reviewer != :reviewer"
    if options.blind and not options.adjudicate:
        others += " and 1 = 0"
    if options.topic:
        # The topics are matched in Python (factcheck.records.topic_matches), as `report --topic` matches them.
        where.append(f"coalesce(p.topic, '') in ({sql.texts.format(':topics')})")
        params["topics"] = json.dumps(list(topics))
    if options.suggested:
        where.append("p.suggested_label = :suggested")
        params["suggested"] = options.suggested
    # `mine` is a correlated lookup on the (pair_id, reviewer, id) index: a join
    # against the grouped current labels would scan them once per pair. The outer
    # select filters and sorts by the inner one's column names, as both dialects allow.
    query = f"""
        with {_CURRENT},
        others as (
            select pair_id, {sql.json_group_array}({sql.json_array}(reviewer, label, note)) as votes
            from ({others}) as reviewers group by pair_id
        )
        select * from (
        select p.id, p.topic, p.suggested_label, p.confidence, p.reasons,
               (select {sql.json_array}(l.label, l.note) from labels l
                where l.pair_id = p.id and {mine} order by l.id desc limit 1) as mine,
               others.votes,
               {_claim_columns("a", "da", sql)}, {_claim_columns("b", "db", sql)}
        from pairs p
        join claims a on a.id = p.claim_a join documents da on da.id = a.document_id
        join claims b on b.id = p.claim_b join documents db on db.id = b.document_id
        left join others on others.pair_id = p.id
        {"where " + " and ".join(where) if where else ""}
        ) as queue
        {"" if options.relabel else "where mine is null"}
        order by mine is not null,
                 suggested_label = 'conflict' desc,
                 coalesce(a_side, '') != coalesce(b_side, '') desc,
                 confidence desc,
                 id
    """
    if options.limit is not None:
        query += " limit :limit"
        params["limit"] = options.limit
    return query, params


class ReviewQueue(Sequence[ReviewItem]):
    """The queue's rows, each turned into a ReviewItem only when it is shown.

    Converting ten thousand rows up front would cost a quarter of a second at
    start-up for pairs the reviewer may never reach. An item is kept once made,
    because the session records the reviewer's new label on it.
    """

    def __init__(self, rows: list[tuple]):
        self._rows = rows
        self._items: dict[int, ReviewItem] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self._rows))[index]
        if index not in self._items:
            self._items[index] = _item(self._rows[index])
        return self._items[index]


class ReviewRows:
    """The review queue (mixed into each store)."""

    dialect: Dialect

    def review_queue(self, options: QueueOptions, only_pairs: Collection[int] | None = None) -> ReviewQueue:
        """The pairs ``options`` asks for (and among ``only_pairs``, when given), most useful first."""
        topics = ()
        if options.topic:
            stored = [row[0] for row in self.db.execute("select distinct coalesce(topic, '') from pairs").fetchall()]
            topics = [t for t in stored if topic_matches(t, options.topic)]
        sql, params = queue_sql(options, only_pairs, self.dialect, topics)
        return ReviewQueue(self.db.execute(sql, params).fetchall())


def _item(row) -> ReviewItem:
    (pair_id, topic, suggested, confidence, reasons, mine, votes, *claims) = row
    my_label, my_note = _json(mine) if mine else (None, "")
    half = len(claims) // 2
    return ReviewItem(
        pair_id=pair_id,
        topic=topic or "",
        suggested=suggested or "unverifiable",
        confidence=confidence or 0.0,
        reasons=tuple(_json(reasons or "[]")),
        a=_claim(claims[:half]),
        b=_claim(claims[half:]),
        label=my_label,
        note=my_note or "",
        others=tuple(Vote(r or "", label, note or "") for r, label, note in _json(votes or "[]")),
    )


def _claim(cols) -> ClaimView:
    (id_, text, speaker, side, document_id, start, end, title, publisher, published, figures) = cols
    return ClaimView(
        id=id_,
        text=text or "",
        speaker=speaker or "",
        side=side or "unknown",
        document_id=document_id,
        char_start=start or 0,
        char_end=end or 0,
        title=title or "",
        publisher=publisher or "",
        published=published or "",
        figures=tuple((s, e) for s, e in _json(figures or "[]")),
    )


def _json(value):
    """A JSON value as SQLite returns it (text), or as psycopg does (already decoded)."""
    return json.loads(value) if isinstance(value, str) else value
