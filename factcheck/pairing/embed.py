"""The embed stage: vectors for the claims that have none under the encoder's name, committed batch by batch."""
from __future__ import annotations

from collections.abc import Callable

from embeddings import Encoder

# Claims per encode call and per commit: an interrupted run loses at most one batch (a few seconds of the bundled
# model's work on two cores). Each commit waits for the disk: at 128, the 100,000-claim benchmark spent 5 of its 6
# seconds of this stage committing.
BATCH = 512


def embed_missing(
    store, encoder: Encoder, batch: int = BATCH, on_batch: Callable[[int, int], None] | None = None
) -> int:
    """Embed the claims that have no vector yet, committing batch by batch; returns how many were embedded.

    ``on_batch(done, total)`` reports progress after each committed batch.
    """
    # Shortest first: each batch then holds texts of about one length, so little of it is padding, as
    # when the encoder sorts one large call by length; small batches keep every commit small.
    todo = sorted(store.missing_texts(encoder.name), key=lambda row: len(row[1]))
    for start in range(0, len(todo), batch):
        chunk = todo[start : start + batch]
        vectors = encoder.encode([text for _, text in chunk])
        store.save_vectors(encoder.name, [h for h, _ in chunk], vectors)
        if on_batch:
            on_batch(start + len(chunk), len(todo))
    return len(todo)
