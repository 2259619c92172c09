"""newsner itself as a Predictor: the same map and reduce as `newsner run`, over gold texts."""

from __future__ import annotations

from pipeline.ingest.records import Article
from pipeline.normalize.tables import build_tables
from pipeline.runner.map import annotate_and_extract
from pipeline.settings import DEFAULT_MODEL

from .types import EvalInput, PredEntity, Prediction, Predictor, PredRole, PredTimex


def pipeline_predictor(model: str = DEFAULT_MODEL, batch_size: int = 64) -> Predictor:
    """A Predictor that runs the full pipeline; gold text is the article body, dct its date.

    Entities are the body mentions, timexes the dates rows (with their
    normalized values), roles the roles rows (person and organisation names).
    """

    def predict(inputs: list[EvalInput]) -> list[Prediction]:
        arts = tuple(Article(article_id=x.doc_id, source_file="eval", published=x.published or "", text=x.text)
                     for x in inputs)
        work, _ = annotate_and_extract(arts, model, batch_size)
        tables = build_tables(work)
        mentions = tables["mentions"]
        mentions = mentions[mentions["field"] == "body"]
        dates = tables["dates"].merge(mentions[["mention_id", "start_char", "end_char"]], on="mention_id")
        ents: dict[str, list] = {x.doc_id: [] for x in inputs}
        for m in mentions.itertuples():
            ents[m.article_id].append(PredEntity(int(m.start_char), int(m.end_char), m.label))
        tx: dict[str, list] = {x.doc_id: [] for x in inputs}
        for d in dates.itertuples():
            tx[d.article_id].append(PredTimex(int(d.start_char), int(d.end_char), d.kind, d.value))
        roles: dict[str, list] = {x.doc_id: [] for x in inputs}
        for r in tables["roles"].itertuples():
            roles[r.article_id].append(PredRole(r.person_name, r.org_name, r.title))
        return [Prediction(x.doc_id, tuple(ents[x.doc_id]), tuple(tx[x.doc_id]), tuple(roles[x.doc_id]))
                for x in inputs]

    return predict
