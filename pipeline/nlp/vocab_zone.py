"""When a shard's strings are freed: a memory zone only once the vocabulary is full.

Inside a spaCy memory zone the tokenizer caches nothing and every word is a
transient lexeme, built again (its lexical attributes and newsner's word
flags computed anew) in every shard that meets it. On the first 600 News
Articles in shards of 19 (as a run cuts them), the annotation and extraction
took 84.1 s of CPU with a zone around every shard and 77.2 s without.
So a process keeps the words of its first
shards for good, and once its vocabulary holds `VOCAB_LIMIT` lexemes every
later shard runs in a zone, which frees what the shard added: memory stays
bounded whatever the size of the corpus. The lexemes are the same either
way, so the tables are too.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from spacy.language import Language

# Lexemes a process keeps before shards run in memory zones. The whole News
# Articles corpus (2M words) leaves about 64k; each costs a few hundred bytes
# with its strings and tokenizer cache entries, so the cap holds the permanent
# vocabulary to tens of MB.
VOCAB_LIMIT = 150_000


def shard_zone(nlp: Language, limit: int = VOCAB_LIMIT) -> AbstractContextManager:
    """The context a shard runs in: no zone while `nlp`'s vocabulary holds fewer than
    `limit` lexemes (what the shard adds is kept and reused), else
    `nlp.memory_zone()` (what it adds is freed at the end)."""
    # len(vocab) counts every lexeme ever made, freed ones too; below the limit
    # no zone has run yet, so there it counts the lexemes kept.
    if len(nlp.vocab) < limit:
        return nullcontext()
    return nlp.memory_zone()
