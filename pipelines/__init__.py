"""privacywacht's detection pipelines: pure, synchronous text-in / result-out code.

Nothing here does network or file I/O beyond reading the shipped config, model and word lists,
and nothing here imports aiohttp: the service in ``bot/`` wraps these functions.
"""
