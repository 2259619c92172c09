"""Stage 4, reduce: the shards' work rows -> the output tables, across the corpus.

Owns cross-document entity resolution (`entities`, over the distinct mention
keys of `keys`, grouped out of core by DuckDB in `distinct`), the assembly of
roles and relations with entity ids (`tables`) and the streaming writer that
finishes mentions and dates bucket by bucket (`stream`). It works on rows,
never on Docs or raw text, and may import the language layer (`pipeline.lang`),
`records`, `schemas`, `settings` and `io`, never ingest, nlp, extract or the
runner: the runner hands it the shard locations.
"""

from pipeline.reduce.stream import reduce_to_tables

__all__ = ["reduce_to_tables"]
