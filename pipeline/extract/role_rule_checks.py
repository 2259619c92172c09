"""What a rule of the role grammar may hold: the keys, slots and kinds each kind
of rule allows, and `check_rule`, which says what is wrong with one rule object
(pipeline.extract.role_grammar loads the files through it; the fields are
described there)."""

from __future__ import annotations

OVER = ("segments", "parse", "path")
KINDS = ("person_title", "title_org", "person_org", "person_title_org")
ROLE_SLOTS = frozenset({"person", "title", "title_of", "org", "org_cue"})
RELATION_SLOTS = frozenset({"child", "parent"})
CONTEXT_ORGS = ("context", "context_here", "context_near")
ORG_KINDS = ("not_place", "country", "party", "body")
COMMON_KEYS = frozenset({"id", "over", "pattern", "note"})
# Top-level keys each kind of rule may have.
ALLOWED_KEYS = {
    ("role:", "segments"): COMMON_KEYS
    | {"title", "qualifier", "attach", "followed_by", "not_followed_by", "org_kind"}
    | {"person", "org", "not_preceded_by", "title_number", "title_from"},
    ("role:", "parse"): COMMON_KEYS
    | {"kind", "qualifier", "person", "org_kind", "org", "title"},
    ("role:", "path"): COMMON_KEYS | {"kind"},
    ("rel:", "segments"): COMMON_KEYS | {"child"},
}
# The keys of a path rule's one pattern object, by kind.
PATH_KEYS = {
    "person_title_org": {"CLIMB", "MAX_EDGES", "NOT_THROUGH", "ORG_BY", "SAID_BY"}
    | {"SAID_TO"},
    "person_org": {"CLIMB", "MAX_EDGES", "NOT_THROUGH", "OBJECT_OF", "WORK_AT"}
    | {"WORKS", "JOBS", "JOB_VERBS", "OWNERS"},
}
# The slots a parse rule's kind must name.
KIND_SLOTS = {
    "person_title": {"person", "title"},
    "title_org": {"title", "org"},
    "person_org": {"person", "org"},
    "person_title_org": {"person", "title", "org"},
}


def check_rule(raw: dict) -> list[str]:
    """What is wrong with one rule object (lexicons already expanded); [] if none."""
    rid, over = str(raw.get("id", "")), raw.get("over")
    space = next((s for s in ("role:", "rel:") if rid.startswith(s)), None)
    if space is None:
        return [f"id {rid!r} must start with role: or rel:"]
    allowed = ALLOWED_KEYS.get((space, over))
    if allowed is None:
        return [f"{rid}: over must be one of {OVER} (rel: rules read segments)"]
    problems = [f"{rid}: unknown keys {sorted(set(raw) - allowed)}"] * bool(
        set(raw) - allowed
    )
    pattern = raw.get("pattern")
    if not isinstance(pattern, list) or not pattern:
        return problems + [f"{rid}: pattern must be a non-empty list"]
    if over == "path":
        need = PATH_KEYS.get(raw.get("kind", ""))
        if need is None:
            return problems + [f"{rid}: kind must be one of {sorted(PATH_KEYS)}"]
        if len(pattern) != 1 or not isinstance(pattern[0], dict):
            return problems + [f"{rid}: a path pattern is one object"]
        spec = pattern[0]
        if set(spec) != need:
            problems.append(f"{rid}: a {raw['kind']} path needs keys {sorted(need)}")
        if not (isinstance(spec.get("MAX_EDGES"), int) and spec["MAX_EDGES"] > 0):
            problems.append(f"{rid}: MAX_EDGES must be a positive whole number")
        if any(
            not (isinstance(v, dict) and set(v) == {"IN"} and isinstance(v["IN"], list))
            for k, v in spec.items()
            if k != "MAX_EDGES"
        ):
            problems.append(f'{rid}: each word list is {{"IN": [...]}}')
        return problems
    if over == "parse":
        names = {n.get("RIGHT_ID") for n in pattern}
        need = KIND_SLOTS.get(raw.get("kind", ""))
        if need is None:
            problems.append(f"{rid}: kind must be one of {KINDS}")
        elif need - names:
            problems.append(f"{rid}: kind {raw['kind']} needs nodes {sorted(need)}")
        if raw.get("org", "fallback") != "fallback" or (
            "org" in raw and raw.get("kind") != "title_org"
        ):
            problems.append(f"{rid}: org may only be 'fallback', of a title_org rule")
        if raw.get("person", "loose") != "loose":
            problems.append(f"{rid}: person may only be 'loose'")
        elif "person" in raw and "title" not in (need or ()):
            problems.append(f"{rid}: a loose person must hold a title")
        if "title" in raw and (raw.get("kind") != "person_org" or not raw["title"]):
            # a fixed title names what the pattern shows ("founded" -> Founder)
            problems.append(f"{rid}: a fixed title goes with kind person_org only")
        return problems
    slots = [e["slot"] for e in pattern if "slot" in e]
    known = ROLE_SLOTS if space == "role:" else RELATION_SLOTS
    if set(slots) - known or len(slots) != len(set(slots)):
        problems.append(f"{rid}: slots {slots} must be distinct names of {set(known)}")
    if space == "rel:":
        if set(slots) != RELATION_SLOTS:
            problems.append(f"{rid}: a relation needs slots child and parent")
        if raw.get("child", "unit") != "unit":
            problems.append(f"{rid}: child may only be 'unit'")
        return problems
    if ("person" in slots) == (raw.get("attach") == "previous"):
        problems.append(
            f"{rid}: a person slot, unless the rule attaches to the previous"
        )
    if raw.get("person", "loose") != "loose":
        problems.append(f"{rid}: person may only be 'loose'")
    if ("org_cue" in slots) != (raw.get("org") in CONTEXT_ORGS):
        problems.append(f"{rid}: an org_cue slot goes with org {CONTEXT_ORGS}")
    if "org" in slots and "org_cue" in slots:
        problems.append(f"{rid}: org and org_cue exclude each other")
    if raw.get("attach", "previous") != "previous":
        problems.append(f"{rid}: attach may only be 'previous'")
    if raw.get("org_kind", "not_place") not in ORG_KINDS:
        problems.append(f"{rid}: org_kind may only be one of {ORG_KINDS}")
    number = raw.get("title_number")
    if number is not None and (number != "plural" or "title" not in slots):
        problems.append(f"{rid}: title_number may only be 'plural', with a title slot")
    if "title_from" in raw and (
        raw["title_from"] != "earlier" or "title" in slots or "title" in raw
    ):
        problems.append(f"{rid}: title_from may only be 'earlier', with no title")
    return problems
