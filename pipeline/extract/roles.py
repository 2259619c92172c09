"""Doc -> role candidate rows and organisation relation candidates (placeholder until the roles work lands)."""

from __future__ import annotations

from spacy.tokens import Doc


def role_rows(doc: Doc, article_id: str, field: str) -> list[dict]:
    """Role candidates in `doc`: see ROLE_CANDIDATE_COLUMNS in pipeline.extract."""
    return []


def relation_rows(doc: Doc, article_id: str, field: str) -> list[dict]:
    """part_of candidates between organisations in `doc`: see RELATION_CANDIDATE_COLUMNS."""
    return []
