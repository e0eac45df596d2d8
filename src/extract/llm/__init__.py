"""The LLM path: any OpenAI-compatible server through ``openai`` + ``instructor``.

``config`` (endpoint, model, key, mode), ``client`` (one structured call with retries),
``cache`` (SQLite response cache and call ledger), ``prompts`` (versioned templates in
``prompts/``), ``schemas`` (response models), ``backend`` (the ``llm`` and ``hybrid``
extractors), ``commands`` (``extract llm setup|serve``).
"""
