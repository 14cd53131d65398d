"""The review queue: the pairs a reviewer is to go over, most useful first, read from the store."""
from __future__ import annotations

from factcheck.labels.final import disagreements, final_labels
from factcheck.records import ClaimView, Label, QueueOptions, ReviewItem, Vote
from factcheck.store.review import ReviewQueue

__all__ = ["ClaimView", "QueueOptions", "ReviewItem", "ReviewQueue", "Vote", "load_queue"]


def load_queue(store, options: QueueOptions) -> ReviewQueue:
    if options.suggested is not None:
        Label.parse(options.suggested)
    # A lead settles the pairs on which reviewers disagree: the same rule as `factcheck agreement`.
    disputed = {f.pair_id for f in disagreements(final_labels(store))} if options.adjudicate else None
    return store.review_queue(options, only_pairs=disputed)
