"""Held-out halves of a gold file: tune rules on half a, report half b.

A record's half is the parity of its position in the file: the first
non-blank line is record 0, and even records are half a, odd records half
b. Blank lines do not count, records the loader skips (KnowledgeNet passages
with no annotated property) do, so the split is a property of the file, not
of the filtering. Parity rather than a hash of the id, because:

- the halves are exactly balanced (a hash gives 216 documents as 101/115
  or so), and stable as long as the file is (the gold files are read-only);
- conll2003_dev and aida_conll_dev list the same 216 documents in the same
  order under different ids ("testa-000", "aidadev-000"): by position, half
  a of one is half a of the other, so entity rules tuned on CoNLL half a are
  never reported on their own documents through AIDA half b. A hash of the
  ids would mix them.
"""

from __future__ import annotations

HALVES = ("a", "b")


def check_half(half: str | None) -> None:
    """Raise ValueError unless `half` is None (every record), "a" or "b"."""
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")


def in_half(index: int, half: str | None) -> bool:
    """Whether record number `index` (0-based) belongs to `half` (None: all do)."""
    return half is None or HALVES[index % 2] == half


def half_name(name: str, half: str | None) -> str:
    """The dataset name shown for a half: "conll2003_dev/a"; unchanged for None."""
    return name if half is None else f"{name}/{half}"
