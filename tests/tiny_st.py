"""A tiny sentence-transformers folder made on the spot (random Gemma3 text model, word-level
tokenizer), shaped like EmbeddingGemma: transformer, mean pooling, two dense layers, normalise,
query/document prompts. For tests of the ONNX export and the ONNX embedder without the real model."""

from __future__ import annotations

import json
from pathlib import Path

WORDS = ["学前", "教育", "毛入园率", "达到", "90%", "以上", "义务", "巩固率", "保持", "98%", "区教委", "牵头",
         "课后", "服务", "覆盖率", "100%", "task:", "search", "result", "|", "query:", "title:", "none", "text:"]


def make_tiny_st(folder: Path, seed: int = 0) -> Path:
    import torch
    from sentence_transformers import SentenceTransformer, models
    from tokenizers import Tokenizer, pre_tokenizers, processors
    from tokenizers.models import WordLevel
    from transformers import Gemma3TextConfig, Gemma3TextModel, PreTrainedTokenizerFast

    torch.manual_seed(seed)
    folder = Path(folder)
    body = folder / "body"
    body.mkdir(parents=True)
    vocab = {"<pad>": 0, "<eos>": 1, "<bos>": 2, "<unk>": 3}
    for w in WORDS:
        vocab.setdefault(w, len(vocab))
    tok = Tokenizer(WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.post_processor = processors.TemplateProcessing(single="<bos> $A <eos>", special_tokens=[("<bos>", 2),
                                                                                                ("<eos>", 1)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<bos>", eos_token="<eos>", pad_token="<pad>",
                                   unk_token="<unk>")
    fast.save_pretrained(body)
    cfg = Gemma3TextConfig(vocab_size=len(vocab), hidden_size=32, intermediate_size=48, num_hidden_layers=2,
                           num_attention_heads=2, num_key_value_heads=1, head_dim=16, max_position_embeddings=64,
                           sliding_window=16, layer_types=["sliding_attention", "full_attention"],
                           use_bidirectional_attention=True, pad_token_id=0, bos_token_id=2, eos_token_id=1)
    Gemma3TextModel(cfg).save_pretrained(body)
    trans = models.Transformer(str(body), max_seq_length=32)
    pool = models.Pooling(32, pooling_mode="mean")
    d1 = models.Dense(32, 64, bias=False, activation_function=torch.nn.Identity())
    d2 = models.Dense(64, 32, bias=False, activation_function=torch.nn.Identity())
    st = SentenceTransformer(modules=[trans, pool, d1, d2, models.Normalize()], device="cpu",
                             prompts={"query": "task: search result | query: ", "document": "title: none | text: "})
    out = folder / "tiny-st"
    st.save(str(out))
    json.loads((out / "modules.json").read_text())  # written
    return out
