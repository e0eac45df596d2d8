"""ONNX exports of a local sentence-transformers model, made from its own weights on this machine.

``export_onnx(model_dir)`` loads the folder with sentence-transformers (torch, CPU, plain
"eager" attention), traces the whole model, tokens in and L2-normalised sentence embedding out
(transformer, pooling, dense layers, normalisation in one graph), with ``torch.onnx.export`` (the
dynamo exporter: needs ``onnx`` and ``onnxscript``), applies ONNX Runtime's transformer fusions
(RMSNorm, GELU) and checks the graph against torch on probe texts (cosine >= 0.9999), then writes
an int8 copy with ONNX Runtime's dynamic quantisation and checks that too. Nothing is
downloaded: the input is the folder ``extract models fetch`` verified.

The int8 recipe: every weight matrix and the token embedding table in int8 per output channel,
activations quantised per batch at run time. On the 1,256 item texts of the seed documents its
vectors are at cosine 0.98 (mean) of the float model's, and hybrid recall@5 on the hand-written
queries stayed within 0.01 (``bench/README.md``). Keeping the MLP down-projections in float32
(their inputs carry Gemma's activation outliers) gives cosine 0.996 but costs about a third of
the speed; ``EXTRACT_EMBED_BACKEND=onnx`` is the float graph for who wants the torch vectors.

The result is a folder beside the model, ``<model>-onnx`` in the model cache, holding
``model.onnx`` (+ ``model.onnx.data``, float32) and ``model-int8.onnx``, with a marker
``.extract-onnx.json`` naming the source (its path and the size and mtime of each weight file),
the recipe version and the checks' figures. Work happens in a temporary folder beside it, renamed
into place: the folder holds a checked export or nothing. A changed source model or recipe makes
it stale (``onnx_status``), and the embedder then asks for ``extract models fetch`` again.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

from extract.errors import UserError

MARKER = ".extract-onnx.json"
RECIPE = 1  # bump when the export or the quantisation changes: older exports become stale
FILES = {"onnx": "model.onnx", "onnx-int8": "model-int8.onnx"}
VARIANTS = tuple(FILES)
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt")
# probe texts for the checks: the kinds of text the index embeds (short targets, unit lists, long clauses)
PROBES = [
    "学前三年毛入园率达到92%以上",
    "区教委牵头，区发展改革委、区财政局、区人力社保局按职责分工负责",
    "加强校园安全建设：三年内完成全区15所公办学校消防设施改造，提升技防水平",
    "九年义务教育巩固率保持在98%以上",
    "加强教师队伍建设，深入推进中小学校长教师交流轮岗，县级骨干教师达到1000人",
    "课后服务覆盖率达到100%",
    "Education",
    "建设",
]
FLOAT_MIN_COSINE = 0.9999  # the float32 graph must give the torch model's vectors
INT8_MIN_MEAN_COSINE = 0.9  # the int8 graph: 0.965 on these probes, 0.98 on item texts; a sanity check against a
# broken quantisation, retrieval is measured apart (`extract eval-search`, bench/README.md)

Log = Callable[[str], None]


class OnnxExportError(UserError):
    pass


def onnx_folder(model_dir: Path | str) -> Path:
    model_dir = Path(model_dir).expanduser()
    return model_dir.with_name(model_dir.name + "-onnx")


def source_stamp(model_dir: Path | str) -> dict:
    """What an export was made from: the folder and the size and mtime of each weight file."""
    model_dir = Path(model_dir).expanduser().resolve()
    weights = {}
    for p in sorted(model_dir.rglob("*")):
        if p.is_file() and p.suffix in WEIGHT_SUFFIXES:
            st = p.stat()
            weights[str(p.relative_to(model_dir))] = [st.st_size, st.st_mtime_ns]
    return {"path": str(model_dir), "weights": weights}


def read_marker(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def onnx_status(model_dir: Path | str) -> tuple[str, Path]:
    """``("ready" | "missing" | "stale", folder)`` for the export of ``model_dir``."""
    folder = onnx_folder(model_dir)
    marker = read_marker(folder)
    if marker is None:
        return "missing", folder
    if marker.get("recipe") != RECIPE or marker.get("source") != source_stamp(model_dir):
        return "stale", folder
    for rel, size in marker.get("files", {}).items():
        try:
            if (folder / rel).stat().st_size != size:
                return "stale", folder
        except OSError:
            return "stale", folder
    return "ready", folder


def onnx_file(model_dir: Path | str, variant: str) -> Path | None:
    """The graph file of ``variant`` when the export is ready, else None."""
    state, folder = onnx_status(model_dir)
    return folder / FILES[variant] if state == "ready" else None


def _stderr(msg: str) -> None:
    import sys

    print(msg, file=sys.stderr, flush=True)


def _load_st(model_dir: Path):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from sentence_transformers import SentenceTransformer

    from extract.embed import _no_loading_bars

    with _no_loading_bars():
        return SentenceTransformer(str(model_dir), device="cpu")


def _graph_module(st):
    """The sentence-transformers model as one module: (input_ids, attention_mask) -> embedding."""
    import torch

    class Whole(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.body = st[0].auto_model
            self.rest = torch.nn.ModuleList(list(st)[1:])

        def forward(self, input_ids, attention_mask):
            hidden = self.body(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            features = {"input_ids": input_ids, "attention_mask": attention_mask, "token_embeddings": hidden}
            for module in self.rest:
                features = module(features)
            emb = features["sentence_embedding"]
            return emb / emb.norm(dim=-1, keepdim=True).clamp(min=1e-12)

    return Whole().eval()


def _tokenise(st, texts: list[str]):
    """Token ids and mask of ``texts`` exactly as sentence-transformers makes them."""
    feats = st.tokenize(texts) if not hasattr(st, "preprocess") else st.preprocess(texts)
    return feats["input_ids"], feats["attention_mask"]


def _cosines(a, b) -> list[float]:
    import numpy as np

    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1).tolist()


def _run_onnx(path: Path, ids, mask):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.log_severity_level = 3
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    return sess.run(None, {"input_ids": ids.numpy().astype("int64"), "attention_mask": mask.numpy().astype("int64")})[0]


def _dependencies_message(exc: ImportError) -> str:
    return (f"cannot export to ONNX: {exc.name or exc} is not installed (pip install onnx onnxscript onnxruntime, "
            "or reinstall extract); the torch embedder still works (EXTRACT_EMBED_BACKEND=torch)")


def _fuse(src: Path, dst: Path, config) -> bool:
    """ONNX Runtime's transformer fusions (RMSNorm -> SimplifiedLayerNormalization, GELU, MatMul
    chains) on ``src`` into ``dst`` (external data beside it); False when the optimiser fails."""
    try:
        from onnxruntime.transformers.fusion_options import FusionOptions
        from onnxruntime.transformers.optimizer import optimize_model

        import logging

        quiet = logging.getLogger("onnxruntime.transformers")
        level = quiet.level
        quiet.setLevel(logging.ERROR)  # "symbolic shape inference failed": expected, the fusions still apply
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # it prints its shape inference failures
                m = optimize_model(str(src), model_type="bert", num_heads=int(getattr(config, "num_attention_heads", 0)),
                                   hidden_size=int(getattr(config, "hidden_size", 0)), opt_level=0,
                                   optimization_options=FusionOptions("bert"))
                m.save_model_to_file(str(dst), use_external_data_format=True)
        finally:
            quiet.setLevel(level)
        return True
    except Exception:  # noqa: BLE001 - the unfused graph is used instead
        return False


def export_onnx(model_dir: Path | str, force: bool = False, log: Log = _stderr) -> Path:
    """Export ``model_dir`` (float32 and int8) into ``onnx_folder(model_dir)``; the folder.

    A ready export is reused unless ``force``. Raises ``OnnxExportError`` when a dependency is
    missing, the export fails, or a check does not hold (nothing is left behind then).
    """
    model_dir = Path(model_dir).expanduser()
    state, target = onnx_status(model_dir)
    if state == "ready" and not force:
        log(f"{target.name}: ready at {target} (cached)")
        return target
    try:
        import onnx  # noqa: F401
        import onnxruntime
        import onnxscript  # noqa: F401
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise OnnxExportError(_dependencies_message(exc)) from exc
    log(f"{target.name}: exporting {model_dir.name} to ONNX (float32, then int8) from the local weights; "
        "a few minutes on 2 cores")
    t0 = time.time()
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".export-{target.name}-", dir=target.parent))
    try:
        st = _load_st(model_dir)
        body = st[0].auto_model
        if hasattr(body, "set_attn_implementation"):
            # plain attention ops: the graph of "sdpa" carries NaN guards and masks per layer
            body.set_attn_implementation("eager")
        whole = _graph_module(st)
        ids, mask = _tokenise(st, PROBES)
        raw = work / "raw" / FILES["onnx"]
        raw.parent.mkdir()
        with torch.no_grad():
            ref = whole(ids, mask).numpy()
            batch, seq = torch.export.Dim("batch"), torch.export.Dim("sequence")
            with contextlib.redirect_stdout(io.StringIO()):  # the exporter's progress lines
                torch.onnx.export(whole, (ids, mask), str(raw), dynamo=True, external_data=True,
                                  input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
                                  dynamic_shapes=({0: batch, 1: seq}, {0: batch, 1: seq}))
        del st, whole
        cos_raw = _cosines(ref, _run_onnx(raw, ids, mask))
        if min(cos_raw) < FLOAT_MIN_COSINE:
            raise OnnxExportError(f"the float32 ONNX graph does not match the torch model (cosine {min(cos_raw):.5f} "
                                  f"< {FLOAT_MIN_COSINE}); use EXTRACT_EMBED_BACKEND=torch")
        t1 = time.time()
        fp32 = work / FILES["onnx"]
        fused = _fuse(raw, fp32, body.config)
        cos32 = _cosines(ref, _run_onnx(fp32, ids, mask)) if fused else [0.0]
        if min(cos32) < FLOAT_MIN_COSINE:  # the optimiser failed or changed the results: the plain graph
            fused = False
            for p in work.glob(FILES["onnx"] + "*"):
                p.unlink()
            for p in raw.parent.iterdir():
                os.replace(p, work / p.name)
            cos32 = cos_raw
        shutil.rmtree(raw.parent, ignore_errors=True)
        log(f"  float32 graph: {t1 - t0:.0f}s, {'fused, ' if fused else ''}matches torch "
            f"(min cosine {min(cos32):.6f})")
        t2 = time.time()
        int8 = work / FILES["onnx-int8"]
        quantize_dynamic(str(fp32), str(int8), op_types_to_quantize=["MatMul", "Gather"],
                         weight_type=QuantType.QInt8, per_channel=True)
        cos8 = _cosines(ref, _run_onnx(int8, ids, mask))
        mean8 = sum(cos8) / len(cos8)
        if mean8 < INT8_MIN_MEAN_COSINE:
            raise OnnxExportError(f"the int8 ONNX graph is too far from the torch model (mean cosine {mean8:.4f} "
                                  f"< {INT8_MIN_MEAN_COSINE}); use EXTRACT_EMBED_BACKEND=onnx or torch")
        log(f"  int8 graph: {time.time() - t2:.0f}s, mean cosine to torch {mean8:.4f} (min {min(cos8):.4f})")
        files = {str(p.relative_to(work)): p.stat().st_size for p in sorted(work.iterdir())
                 if p.is_file() and p.name != MARKER}
        marker = {"recipe": RECIPE, "source": source_stamp(model_dir), "files": files, "fused": fused,
                  "float32_min_cosine": round(min(cos32), 6), "int8_mean_cosine": round(mean8, 5),
                  "int8_min_cosine": round(min(cos8), 5),
                  "versions": {"torch": torch.__version__, "onnx": onnx.__version__,
                               "onnxruntime": onnxruntime.__version__},
                  "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "seconds": round(time.time() - t0, 1)}
        (work / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        os.chmod(work, 0o755)  # mkdtemp makes it private (and the optimiser its data file); the model is not
        for p in work.iterdir():
            os.chmod(p, 0o644)
        old = None
        if target.exists():
            old = work.with_name(work.name + "-old")
            os.replace(target, old)
        os.replace(work, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        log(f"{target.name}: ready at {target} ({time.time() - t0:.0f}s)")
        return target
    except OnnxExportError:
        raise
    except ImportError as exc:
        raise OnnxExportError(_dependencies_message(exc)) from exc
    except Exception as exc:  # the exporter fails in many ways; the torch embedder stays usable
        raise OnnxExportError(f"ONNX export of {model_dir} failed: {type(exc).__name__}: {exc} "
                              "(the torch embedder still works: EXTRACT_EMBED_BACKEND=torch)") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
