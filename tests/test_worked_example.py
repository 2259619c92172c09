"""The README's worked example is what the pipeline writes: its CSV blocks are
compared with a real run on the sample article, byte for byte."""

from __future__ import annotations

import re

import pytest

from pipeline.runner.run import run
from pipeline.settings import Settings

ARTICLE = "corpus/2024-11-15-vietnam-us-cyber-pact.txt"
TABLES = ("organisations", "org_relations", "people", "roles", "dates")


@pytest.fixture(scope="module")
def example(repo_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("example")
    run([repo_root / ARTICLE], Settings(out_dir=out))
    return out


@pytest.fixture(scope="module")
def readme_blocks(repo_root) -> dict[str, str]:
    text = (repo_root / "README.md").read_text(encoding="utf-8")
    section = text.split("## Worked example", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"`(\w+)\.csv`\n\n```\n(.*?)\n```", section, re.S))


@pytest.mark.parametrize("name", TABLES)
def test_readme_shows_the_real_rows(name, example, readme_blocks):
    written = (example / f"{name}.csv").read_text(encoding="utf-8").rstrip("\n")
    assert readme_blocks[name] == written


def test_the_example_meets_the_design(example):
    import pandas as pd

    rel = pd.read_csv(example / "org_relations.csv", dtype=str)
    orgs = pd.read_csv(example / "organisations.csv", dtype=str, keep_default_na=False)
    acr = dict(
        zip(orgs["org_id"], orgs["acronym"].where(orgs["acronym"] != "", orgs["name"]))
    )
    pairs = {
        (acr[c], acr[p]) for c, p in zip(rel["child_org_id"], rel["parent_org_id"])
    }
    assert pairs == {
        ("AIS", "MIC"),
        ("CISA", "DHS"),
        ("Stakeholder Engagement Division", "CISA"),
    }
