"""A search index over one small made-up text, for the search tests of each round."""

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex


def index_one(tmp_path, name: str, text: str) -> SearchIndex:
    """Run the pipeline over ``text`` saved as ``name`` under ``tmp_path`` and open its index with the hashing embedder."""
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / name).write_text(text, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    return SearchIndex(tmp_path / "run", embedder=HashEmbedder())
