"""The bundled sentence-transformers model run by ONNX Runtime: the same vectors, faster.

The model's transformer is exported once with torch.onnx.export (from the
sentence-transformers model, loaded offline), its attention fused by
onnxruntime's transformer optimizer and, by default, its matrix products
quantised to int8; mean pooling and L2 normalisation happen in numpy. The
file is cached under ``$FACTCHECK_CACHE`` (else ``$XDG_CACHE_HOME/factcheck``,
else ``~/.cache/factcheck``), named by a content hash of the source weights
and the export settings, and checked against its own hash on every load:
a changed model or setting exports anew, and a broken file is exported again.

torch and sentence-transformers load only to export; onnxruntime and
tokenizers only when an encoder is made. Nothing here imports factcheck.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from embeddings.encoder import ModelNotFound, _first_line, resolve_model
from embeddings.vectors import normalise

CACHE_ENV = "FACTCHECK_CACHE"
EXPORT_VERSION = 1  # bump when the export code changes what it writes


class ExportFailed(Exception):
    """The ONNX model could not be exported or loaded; the torch encoder still works."""


@dataclass(frozen=True)
class ExportSettings:
    """How the transformer is turned into the cached ONNX file. Each setting is part of the file's name."""

    quantize: str = "static"  # "none", "dynamic" (int8, activations scaled per batch) or "static" (calibrated)
    per_channel: bool = True
    keep_float: tuple[str, ...] = ()  # node-name fragments left in float32 when quantising
    op_types: tuple[str, ...] = ("MatMul",)  # what is quantised: attention and word embeddings stay float32
    fuse: bool = True  # fused attention, layer norm and GELU (onnxruntime.transformers.optimizer)
    opset: int = 17

    @property
    def tag(self) -> str:
        """What the encoder's name carries: vectors of other settings are other vectors."""
        if self.quantize == "none":
            return "onnx-fp32"
        return f"onnx-int8-{self.quantize}-{self.key()[:8]}"

    def key(self) -> str:
        return hashlib.sha256(json.dumps([EXPORT_VERSION, self.__dict__], sort_keys=True, default=list).encode()).hexdigest()


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "factcheck"


class OnnxEncoder:
    """A sentence-transformers model folder, exported to ONNX and run by ONNX Runtime.

    Making one exports the model when its cached file is missing or broken, and loads the session, so
    that a failure shows before anything is embedded under this encoder's name.
    """

    def __init__(
        self,
        requested: str | None = None,
        settings: ExportSettings | None = None,
        batch_size: int = 32,
        threads: int | None = None,
        cache: Path | None = None,
        say=None,
    ):
        model, self.location = resolve_model(requested)
        self.settings = settings or DEFAULT_SETTINGS
        self.name = f"{model}@{self.settings.tag}"
        self.batch_size = batch_size
        folder = Path(self.location)
        if not folder.is_dir():
            raise ExportFailed(f"model {model}: ONNX export needs a model folder, not a hub id")
        self.max_length, self.dimensions = _model_shape(folder, model)
        self.tokenizer = _tokenizer(folder, self.max_length, model)
        cache = cache or cache_dir()
        self.path = cached_model(folder, model, self.settings, cache, say=say)
        threads = threads or os.cpu_count() or 1
        try:
            self.session = _session(self.path, threads)
        except ExportFailed:  # a file that matches its stamp yet does not load: export it once more
            self.path = cached_model(folder, model, self.settings, cache, again=True, say=say)
            self.session = _session(self.path, threads)
        self._inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return out
        encoded = self.tokenizer.encode_batch(list(texts))  # truncated, not yet padded
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i].ids))  # little padding per batch
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            feed = _feed([encoded[i] for i in rows])
            (hidden,) = self.session.run(["last_hidden_state"], {k: v for k, v in feed.items() if k in self._inputs})
            weights = feed["attention_mask"][:, :, None].astype(np.float32)
            out[rows] = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return normalise(out)


# Static int8 calibrated on claim-like sentences: the matrix products of the feed-forward and attention output
# layers in int8, the fused attention (query, key, value) and word embeddings in float32. Dynamic int8 moved
# too many neighbours (benchmarks/onnx_levers.py; README).
DEFAULT_SETTINGS = ExportSettings()


def _feed(encoded) -> dict[str, np.ndarray]:
    """The model's inputs for a batch of tokenised texts, padded to the longest."""
    width = max(len(e.ids) for e in encoded)
    ids = np.zeros((len(encoded), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for r, e in enumerate(encoded):
        ids[r, :len(e.ids)] = e.ids
        mask[r, :len(e.ids)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


def _model_shape(folder: Path, model: str) -> tuple[int, int]:
    """(tokens kept per text, dimensions) of a mean-pooled, normalised sentence-transformers folder."""
    try:
        config = json.loads((folder / "config.json").read_text())
        modules = json.loads((folder / "modules.json").read_text()) if (folder / "modules.json").exists() else []
        st_config = folder / "sentence_bert_config.json"
        max_length = json.loads(st_config.read_text()).get("max_seq_length") if st_config.exists() else None
        hidden = int(config["hidden_size"])
        max_length = int(max_length or config.get("max_position_embeddings", 512))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ModelNotFound(f"model {model}: not a sentence-transformers model folder ({e})") from None
    for module in modules:
        kind = str(module.get("type", ""))
        if kind.endswith("Pooling"):
            pooling = json.loads((folder / module.get("path", "") / "config.json").read_text())
            if not pooling.get("pooling_mode_mean_tokens") or sum(bool(v) for k, v in pooling.items() if k.startswith("pooling_mode")) != 1:
                raise ExportFailed(f"model {model}: only mean pooling is exported to ONNX")
        elif not kind.endswith(("Transformer", "Normalize")):
            raise ExportFailed(f"model {model}: its {kind.rsplit('.', 1)[-1]} module is not exported to ONNX")
    return max_length, hidden


def _tokenizer(folder: Path, max_length: int, model: str):
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    except Exception as e:  # tokenizers raises its own Exception subclass for a bad file
        raise ModelNotFound(f"model {model}: cannot read its tokenizer.json ({_first_line(e)})") from None
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.no_padding()  # padded per batch, to the longest text of the batch
    return tokenizer


def _session(path: Path, threads: int):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as e:  # onnxruntime raises its own exception types for a file it cannot load
        raise ExportFailed(f"cannot load {path} ({_first_line(e)})") from None


def source_hash(folder: Path) -> str:
    """A content hash of the weights and config a model folder exports from."""
    digest = hashlib.sha256()
    names = ["config.json", "modules.json", "model.safetensors", "pytorch_model.bin"]
    for name in names:
        path = folder / name
        if path.is_file():
            digest.update(name.encode())
            with path.open("rb") as f:
                digest.update(hashlib.file_digest(f, "sha256").digest())
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def cached_model(
    folder: Path, model: str, settings: ExportSettings, cache: Path, again: bool = False, say=None
) -> Path:
    """The exported file for this model and these settings, exporting it when missing or broken."""
    key = hashlib.sha256(f"{source_hash(folder)}:{settings.key()}".encode()).hexdigest()[:24]
    path = cache / f"{_slug(model)}-{key}.onnx"
    stamp = path.with_name(path.name + ".sha256")
    try:
        if not again and path.is_file() and stamp.is_file() and stamp.read_text().strip() == _file_hash(path):
            return path
    except OSError:
        pass  # unreadable: export it again
    try:
        cache.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".export-", dir=cache))
    except OSError as e:
        raise ExportFailed(f"cannot write the ONNX model to {cache}: {_os_reason(e)}") from None
    if say:
        say(f"Exporting model {model} to ONNX, once, into {cache} ...")
    try:
        built = export(folder, model, settings, work)
        digest = _file_hash(built)
        (work / "stamp").write_text(digest + "\n")
        os.replace(work / "stamp", stamp)  # the stamp first: a file without its stamp is never trusted
        os.replace(built, path)
    except OSError as e:
        raise ExportFailed(f"cannot write the ONNX model to {cache}: {_os_reason(e)}") from None
    except (ModelNotFound, ExportFailed):
        raise
    except Exception as e:  # torch's exporter, the optimizer and the quantiser raise many kinds
        raise ExportFailed(f"exporting model {model} to ONNX failed ({type(e).__name__}: {_first_line(e)})") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return path


def export(folder: Path, model: str, settings: ExportSettings, work: Path) -> Path:
    """Export, fuse and quantise in the folder ``work``; returns the finished file there."""
    import logging

    plain = work / "model.onnx"
    _export_transformer(folder, model, settings, plain)
    current = plain
    import onnxruntime

    logging.disable(logging.WARNING)  # the optimizer and quantiser log advice to the root logger
    onnxruntime.set_default_logger_severity(3)  # and calibration's sessions note unused initialisers
    try:
        if settings.fuse:
            current = _fuse(current, folder, work / "fused.onnx")
        if settings.quantize == "dynamic":
            current = _quantize_dynamic(current, settings, work / "int8.onnx")
        elif settings.quantize == "static":
            current = _quantize_static(current, folder, settings, work / "int8.onnx")
        elif settings.quantize != "none":
            raise ExportFailed(f"unknown quantisation {settings.quantize!r}")
    finally:
        logging.disable(logging.NOTSET)
    return current


def _export_transformer(folder: Path, model: str, settings: ExportSettings, target: Path) -> None:
    import torch

    from embeddings.encoder import _load

    transformer = _load(str(folder), "cpu", model)[0].auto_model.eval()
    _plain_attention(transformer)

    class Hidden(torch.nn.Module):  # the token states alone: pooling happens outside the graph
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)[0]

    import warnings

    sample = torch.ones((2, 8), dtype=torch.long)
    mask = sample.clone()
    mask[1, 5:] = 0  # a padded row, so that the traced graph keeps the attention mask
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shapes: the graph is checked against torch's vectors
        torch.onnx.export(
            Hidden(transformer), (sample, mask, torch.zeros_like(sample)), str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "last_hidden_state": axes},
            opset_version=settings.opset, dynamo=False,
        )


def _plain_attention(transformer) -> None:
    """Export attention as plain matrix products, the pattern onnxruntime's optimizer fuses."""
    setter = getattr(transformer, "set_attn_implementation", None)
    try:
        if setter:
            setter("eager")
        else:
            transformer.config._attn_implementation = "eager"
    except (AttributeError, ValueError):
        pass


def _fuse(source: Path, folder: Path, target: Path) -> Path:
    from onnxruntime.transformers import optimizer

    config = json.loads((folder / "config.json").read_text())
    fused = optimizer.optimize_model(
        str(source), model_type="bert", num_heads=int(config["num_attention_heads"]),
        hidden_size=int(config["hidden_size"]), opt_level=1, use_gpu=False,
    )
    fused.save_model_to_file(str(target))
    return target


def _excluded(source: Path, settings: ExportSettings) -> list[str]:
    import onnx

    if not settings.keep_float:
        return []
    graph = onnx.load(str(source), load_external_data=False).graph
    return [n.name for n in graph.node if any(part in n.name for part in settings.keep_float)]


def _quantize_dynamic(source: Path, settings: ExportSettings, target: Path) -> Path:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source), str(target), weight_type=QuantType.QInt8, per_channel=settings.per_channel,
        nodes_to_exclude=_excluded(source, settings), op_types_to_quantize=list(settings.op_types),
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},  # the fused ops have no inferred types
    )
    return target


def _quantize_static(source: Path, folder: Path, settings: ExportSettings, target: Path) -> Path:
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static

    tokenizer = _tokenizer(folder, _model_shape(folder, str(folder))[0], str(folder))
    texts = CALIBRATION_TEXTS

    class Reader(CalibrationDataReader):
        def __init__(self):
            self.batches = iter([texts[i:i + 8] for i in range(0, len(texts), 8)])

        def get_next(self):
            batch = next(self.batches, None)
            if batch is None:
                return None
            return _feed(tokenizer.encode_batch(batch))

    quantize_static(
        str(source), str(target), Reader(), quant_format=QuantFormat.QDQ, per_channel=settings.per_channel,
        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, op_types_to_quantize=list(settings.op_types),
        nodes_to_exclude=_excluded(source, settings),
        extra_options={"ActivationSymmetric": False, "DefaultTensorType": onnx.TensorProto.FLOAT},
    )
    return target


# Claim-like sentences for static calibration: figures, attributions, denials, as the news of a dispute reads.
CALIBRATION_TEXTS = [
    "The union said new hires would be paid 39% less than current workers.",
    "Kaiser said the average wage is $34.97 an hour, well above the market rate.",
    "More than 75,000 health care workers walked off the job on Wednesday, organisers said.",
    "Roughly 75,000 workers took part in the three-day strike, according to the coalition.",
    "The company denied that it had cut staffing levels at any of its hospitals.",
    "A spokeswoman for the hospital said nurses are paid above the regional average.",
    "The guild is seeking a 6% raise in each year of a four-year contract.",
    "Management offered a 21% raise over four years, which the union rejected as inadequate.",
    "Teachers in the district earn about $52,000 a year, the lowest in the state, the union says.",
    "The port authority said the shutdown cost shippers an estimated $1 billion a day.",
    "About 1,200 graduate workers voted to authorise a strike, with 96% in favour.",
    "The employer accused the union of spreading misinformation about pension cuts.",
    "Executives said the strike would not affect patient care at its 39 medical centers.",
    "Rail workers have not had a pay rise since 2019, according to the RMT.",
    "The supermarket chain said it pays more than the industry's going rate.",
    "Negotiations resumed on Monday after a two-week pause, both sides confirmed.",
    "The strike lasted 148 days and ended with a tentative agreement.",
    "Nurses said they are routinely asked to care for eight patients at once.",
    "The company said it has hired 10,000 new employees since January.",
    "Union leaders claimed the offer would cut take-home pay for most members.",
    "The studios said writers would receive an increase of 5% in the first year.",
    "There are 640 vacant nursing positions across the system, the association said.",
    "A bargaining committee member said the vote showed members are united.",
    "The hospital system countered that vacancies have fallen to 310.",
    "Dockworkers earn as much as $200,000 a year with overtime, the employers' alliance said.",
    "The university said the proposal would cost it $50 million over three years.",
    "Autoworkers are seeking a 40% wage increase over the life of the contract.",
    "The automaker said its offer of 20% was the richest in its history.",
    "Grocery workers said staffing shortages had left shelves empty in dozens of stores.",
    "It was not clear how many members voted in the ballot.",
    "The strike fund pays members $500 a week, a union official said.",
    "Officials at the district declined to comment on the negotiations.",
]


def _slug(model: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in Path(model).name)[:60] or "model"


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "no space left on the disk"
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only (set FACTCHECK_CACHE to a writable folder)"
    return e.strerror or str(e)




ENCODER_ENV = "FACTCHECK_ENCODER"
ENCODERS = ("onnx", "torch")
DEFAULT_ENCODER = "torch"  # ONNX stays opt-in until it meets the acceptance in `make bench` (README)


def encoder_kind(requested: str | None = None) -> str:
    kind = (requested or os.environ.get(ENCODER_ENV) or DEFAULT_ENCODER).strip().lower()
    if kind not in ENCODERS:
        raise ModelNotFound(f"encoder {kind!r}: choose one of {', '.join(ENCODERS)}")
    return kind


def make_encoder(kind: str | None = None, requested: str | None = None, warn=None):
    """The encoder asked for (``--encoder``, else $FACTCHECK_ENCODER, else the default).

    An ONNX model that cannot be exported or loaded falls back to the torch encoder, with one line
    through ``warn``; a model that cannot be found raises ModelNotFound either way.
    """
    from embeddings.encoder import SentenceTransformerEncoder

    if encoder_kind(kind) == "torch":
        return SentenceTransformerEncoder(requested)
    try:
        return OnnxEncoder(requested, say=warn)
    except ExportFailed as e:
        if warn:
            warn(f"Warning: ONNX encoder unavailable: {e}; using the torch encoder (--encoder torch)")
        return SentenceTransformerEncoder(requested)
