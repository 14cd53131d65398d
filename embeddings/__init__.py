"""Sentence embeddings and similarity search, independent of the claim store.

Nothing here imports factcheck or claims; torch loads only when a model encodes (or is exported
to ONNX); onnxruntime only when an ONNX encoder is made.
"""
from embeddings.encoder import DEFAULT_MODEL, MODEL_ENV, Encoder, ModelNotFound, SentenceTransformerEncoder, model_name
from embeddings.onnx_encoder import ENCODER_ENV, ENCODERS, ExportFailed, OnnxEncoder, make_encoder
from embeddings.index import ExactIndex, SearchResult, VectorIndex
from embeddings.vectors import from_blobs, normalise, to_blob

__all__ = [
    "DEFAULT_MODEL", "MODEL_ENV", "Encoder", "ModelNotFound", "SentenceTransformerEncoder", "model_name",
    "ENCODER_ENV", "ENCODERS", "ExportFailed", "OnnxEncoder", "make_encoder",
    "ExactIndex", "SearchResult", "VectorIndex", "from_blobs", "normalise", "to_blob",
]
