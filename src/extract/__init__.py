"""extract: numeric targets, unit assignments and goals from Chinese policy documents (see README.md)."""

from extract.pattern_cache import install as _install_pattern_cache

_install_pattern_cache()  # the rules' ~2,100 compiled patterns kept between processes (pattern_cache.py)
