"""A national office in an article that names no other country takes the country
of its publisher's web address, end to end: one article per shard, so each
shard must give its own articles their publisher's country."""

from __future__ import annotations

import json

import pandas as pd

from pipeline.runner.run import run
from pipeline.settings import Settings

TEXT = "Minister for Health {} said the new hospital would open in May."


def test_a_minister_in_a_home_paper_takes_its_country(tmp_path):
    # One minister per article: the same person's title in another article would
    # take the country the corpus gives it (`role_country.corpus_countries`).
    items = [
        ("a1", "https://news.example.ie/health/1", TEXT.format("Jane Okafor")),
        ("a2", "https://news.example.com/health/1", TEXT.format("Erik Solheim")),
        # another country named: the publisher's says nothing
        (
            "a3",
            "https://news.example.ie/health/2",
            TEXT.format("Amara Halvorsen") + " She met officials in Kenya.",
        ),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "url": u, "text": t}) + "\n" for i, u, t in items)
    )
    out = tmp_path / "out"
    run([src], Settings(out_dir=out, shard_size=1))
    roles = pd.read_csv(out / "roles.csv", dtype=str, keep_default_na=False)
    got = {
        (r.article_id, r.person_name, r.title): r.country for r in roles.itertuples()
    }
    assert got == {
        ("a1", "Jane Okafor", "Health Minister"): "IE",
        ("a2", "Erik Solheim", "Health Minister"): "",
        ("a3", "Amara Halvorsen", "Health Minister"): "",
    }
