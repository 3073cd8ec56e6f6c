"""Input sources beyond plain files: WARC archives, RSS/Atom feeds and standard input.

Each reader yields ``RawDocument`` or ``Skipped`` items, one per record, streaming;
``storyline.ingest.read_inputs`` dispatches to them by file name.
"""
