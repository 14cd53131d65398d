"""The schema, as a numbered list of small migrations applied when a store opens.

Never edit a migration that has shipped: add a new one at the end.
"""
from sqlite_utils import Database, Migrations

migrations = Migrations("factcheck")
MIGRATION_NAMES: list[str] = []  # in order; a database that has applied a name not here was written by a newer factcheck


def migration(name: str):
    """Register the decorated function as the next migration, under ``name``."""
    MIGRATION_NAMES.append(name)
    return migrations(name=name)


@migration("m001_documents_claims_quantities")
def m001_documents_claims_quantities(db: Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "source": str,  # path (or path#row for JSONL/CSV rows) or URL: what identifies it on re-ingest
            "path": str,
            "url": str,
            "title": str,
            "publisher": str,
            "published": str,
            "sha256": str,
            "text": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"source", "sha256", "text"},
    )
    db["documents"].create_index(["source"], unique=True)
    db["documents"].create_index(["sha256"])
    db["claims"].create(
        {
            "id": int,
            "document_id": int,
            "position": int,
            "char_start": int,
            "char_end": int,
            "text": str,
            "speaker": str,
            "side": str,
            "checkworthiness": float,
            "stance": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["claims"].create_index(["document_id", "position"])
    db["claims"].create_index(["side"])
    db["quantities"].create(
        {
            "id": int,
            "claim_id": int,
            "text": str,
            "char_start": int,
            "char_end": int,
            "kind": str,
            "value": float,
            "unit": str,
            "qualifier": str,
            "counted": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db["quantities"].create_index(["claim_id"])


@migration("m002_embeddings_clusters_pairs_labels")
def m002_embeddings_clusters_pairs_labels(db: Database) -> None:
    import hashlib

    db["claims"].add_column("content_hash", str)
    for row in list(db.query("select id, text from claims")):
        digest = hashlib.sha256(row["text"].encode("utf-8", "surrogatepass")).hexdigest()
        db.execute("update claims set content_hash = ? where id = ?", [digest, row["id"]])
    db["claims"].create_index(["content_hash"])
    # Vectors are keyed by the text's hash and the model, so the same text is never embedded twice.
    db["embeddings"].create(
        {"content_hash": str, "model": str, "dimensions": int, "vector": bytes},
        pk=("content_hash", "model"),
    )
    db["clusters"].create({"id": int, "topic": str, "size": int, "model": str, "created_at": str}, pk="id")
    db["claim_clusters"].create(
        {"claim_id": int, "cluster_id": int},
        pk="claim_id",
        foreign_keys=[("claim_id", "claims", "id"), ("cluster_id", "clusters", "id")],
    )
    db["pairs"].create(
        {
            "id": int,
            "claim_a": int,  # the smaller claim id: a pair is stored once, unordered
            "claim_b": int,
            "similarity": float,
            "suggested_label": str,
            "confidence": float,
            "reasons": str,  # JSON list of plain-words reasons
            "topic": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("claim_a", "claims", "id"), ("claim_b", "claims", "id")],
    )
    db["pairs"].create_index(["claim_a", "claim_b"], unique=True)
    db["pairs"].create_index(["suggested_label", "confidence"])
    # Append-only: relabelling adds an event; nothing is updated or deleted.
    db["labels"].create(
        {
            "id": int,
            "pair_id": int,
            "label": str,
            "reviewer": str,
            "note": str,
            "adjudication": int,  # 1 when a lead settles a disagreement: the pair's final label
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("pair_id", "pairs", "id")],
    )
    db["labels"].create_index(["pair_id", "reviewer", "id"])


@migration("m003_quantity_frames")
def m003_quantity_frames(db: Database) -> None:
    # What each figure is a figure of (claims.model.Frame), as JSON: read back whole, never queried by part.
    db["quantities"].add_column("frame", str)
