"""Column tuples of the per-shard work tables (no imports, so any extract module can
use them).
"""

MENTION_WORK_COLUMNS = (
    "mention_id",
    "article_id",
    "field",
    "start_char",
    "end_char",
    "sentence_index",
    "text",
    "label",
    "entity_id",
    "source",
    "rule_id",
    "link",
    "honorific",
)
ROLE_CANDIDATE_COLUMNS = (
    "article_id",
    "field",
    "sentence_index",
    "person_text",
    "person_link",
    "title",
    "title_raw",
    "qualifier",
    "org_text",
    "org_link",
    "evidence",
    "rule_id",
)
RELATION_CANDIDATE_COLUMNS = (
    "article_id",
    "field",
    "child_text",
    "child_link",
    "parent_text",
    "parent_link",
    "relation",
    "evidence",
    "rule_id",
)
DATE_WORK_COLUMNS = (
    "mention_id",
    "article_id",
    "text",
    "value",
    "kind",
    "start",
    "end",
    "anchor",
)
ARTICLE_COLUMNS = (
    "article_id",
    "source_file",
    "source_ref",
    "url",
    "published",
    "title",
    "n_chars",
    "n_words",
    "status",
    "error",
)

WORK_TABLES = {
    "articles": ARTICLE_COLUMNS,
    "mentions": MENTION_WORK_COLUMNS,
    "dates": DATE_WORK_COLUMNS,
    "role_candidates": ROLE_CANDIDATE_COLUMNS,
    "relation_candidates": RELATION_CANDIDATE_COLUMNS,
}
