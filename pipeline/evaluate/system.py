"""newsner itself as a Predictor: the same map and reduce as `newsner run`, over gold
texts.
"""

from __future__ import annotations

from pipeline.records import Article
from pipeline.reduce.tables import build_tables
from pipeline.runner.map import annotate_and_extract
from pipeline.settings import DEFAULT_MODEL

from .types import EvalInput, PredEntity, Prediction, Predictor, PredRole, PredTimex

NON_EMPLOYMENT_TITLES = frozenset({"Founder", "Owner"})


def _employment_roles(roles: list[PredRole]) -> list[PredRole]:
    """The roles whose (person, org) pair has at least one title outside
    NON_EMPLOYMENT_TITLES.
    """
    employed = {
        (r.person, r.org) for r in roles if r.title not in NON_EMPLOYMENT_TITLES
    }
    return [r for r in roles if (r.person, r.org) in employed]


def _surface_names(mentions) -> dict[tuple[str, str], list[str]]:
    """(article_id, entity_id) -> the distinct surface forms the entity has in that
    article.
    """
    out: dict[tuple[str, str], list[str]] = {}
    for m in mentions[mentions["entity_id"] != ""].itertuples():
        forms = out.setdefault((m.article_id, m.entity_id), [])
        if m.text not in forms:
            forms.append(m.text)
    return out


def pipeline_predictor(model: str = DEFAULT_MODEL, batch_size: int = 64) -> Predictor:
    """A Predictor that runs the full pipeline; gold text is the article body, dct its
    date.

    Entities are the body mentions, timexes the dates rows (with their
    normalized values), roles the roles rows (person and organisation names).

    Scoring policy for roles: the gold pairs say "is CEO of" or "is employed
    by / a member of". Every roles row counts, with one exception: a (person,
    organisation) pair whose only titles are in NON_EMPLOYMENT_TITLES
    (Founder, Owner) is not passed on, since founding or owning an
    organisation does not make one its employee or member. The pair still
    counts when another row gives the same person a title, or an untitled
    affiliation, at that organisation. The roles table itself keeps every row.

    A role is passed once per pair of surface names its person and
    organisation have in the article ("Qatar Petroleum" and "QP", "Tom
    Maniatis" and "Maniatis"): the table links all of them to one id, and the
    gold lists a pair per name the passage uses.
    """

    def predict(inputs: list[EvalInput]) -> list[Prediction]:
        arts = tuple(
            Article(
                article_id=x.doc_id,
                source_file="eval",
                published=x.published or "",
                text=x.text,
            )
            for x in inputs
        )
        work, _ = annotate_and_extract(arts, model, batch_size)
        tables = build_tables(work)
        mentions = tables["mentions"]
        mentions = mentions[mentions["field"] == "body"]
        dates = tables["dates"].merge(
            mentions[["mention_id", "start_char", "end_char"]], on="mention_id"
        )
        ents: dict[str, list] = {x.doc_id: [] for x in inputs}
        for m in mentions.itertuples():
            ents[m.article_id].append(
                PredEntity(int(m.start_char), int(m.end_char), m.label)
            )
        tx: dict[str, list] = {x.doc_id: [] for x in inputs}
        for d in dates.itertuples():
            tx[d.article_id].append(
                PredTimex(int(d.start_char), int(d.end_char), d.kind, d.value)
            )
        roles: dict[str, list] = {x.doc_id: [] for x in inputs}
        names = _surface_names(mentions)
        for r in tables["roles"].itertuples():
            for person in names.get((r.article_id, r.person_id), [r.person_name]):
                for org in names.get((r.article_id, r.org_id), [r.org_name]):
                    roles[r.article_id].append(PredRole(person, org, r.title))
        roles = {k: _employment_roles(v) for k, v in roles.items()}
        return [
            Prediction(
                x.doc_id,
                tuple(ents[x.doc_id]),
                tuple(tx[x.doc_id]),
                tuple(roles[x.doc_id]),
            )
            for x in inputs
        ]

    return predict
