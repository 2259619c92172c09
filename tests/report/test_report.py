"""The report built from a tiny hand-written output folder: exact facts on its pages."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import lxml.html
import pandas as pd
import pytest
from click.testing import CliRunner
from report_fixture import A1_BODY, A1_TITLE, EVIL, write_tiny_run

from pipeline import io, schemas
from pipeline.cli import main
from pipeline.report import build_report
from pipeline.report.select import page_name


def page(path: Path):
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def texts(tree, xpath: str) -> list[str]:
    return [e.text_content().strip() for e in tree.xpath(xpath)]


def marks(tree, field: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, label) of every highlight in one field of an article."""
    out = []
    for m in tree.xpath(f'//section[@data-field="{field}"]//mark'):
        start, end = int(m.get("data-start")), int(m.get("data-end"))
        out.append((start, end, m.text_content(), m.get("data-label")))
    return out


@pytest.fixture
def report(tiny_run: Path) -> Path:
    return build_report(tiny_run).parent


def test_index_summarises_the_run(report):
    index = page(report / "index.html")
    counts = " ".join(texts(index, '//p[@id="status-counts"]'))
    assert re.sub(r"\s+", " ", counts) == "3 records 2 ok 1 failed 0 skipped duplicate"
    assert texts(index, '//table[contains(@class, "failed-reasons")]//td') == [
        "empty text",
        "1",
    ]
    assert texts(index, '//table[@class="data failed"]//td') == [
        "loc-0001",
        f"{report.parent.parent / 'input' / 'news.jsonl'}:line 3",
        "empty text",
    ]
    assert texts(index, '//ul[@class="warnings"]/li') == [
        "failed input/news.jsonl:line 3: empty text"
    ]
    top_orgs = index.xpath('//h2[@id="top-organisations"]/following-sibling::table[1]')
    rows = [texts(tr, "./td") for tr in top_orgs[0].xpath(".//tbody/tr")]
    assert rows[0] == ["Acme Widgets", "ACW", "2", "3"]
    assert [r[0] for r in rows] == ["Acme Widgets", "Globex Holdings", EVIL + " Corp"]


def test_entity_page_lists_aliases_roles_relations_and_articles(report):
    acme = page(report / "entities" / "org_acme.html")
    assert texts(acme, '//h1[@id="entity-name"]') == ["Acme Widgets"]
    assert texts(acme, '//ul[@id="aliases"]/li') == ["Acme", "Acme Widgets"]
    assert texts(acme, '//dd[@id="acronym"]') == ["ACW"]
    assert texts(acme, '//table[contains(@class, "roles")]//tbody/tr/td')[:4] == [
        "Dana Smith",
        "Chief Engineer",
        "",
        "Acme Widgets",
    ]
    relation = texts(acme, '//table[contains(@class, "relations")]//tbody/tr/td')
    assert relation[:2] == ["part of", "Globex Holdings"]
    globex = page(report / "entities" / "org_globex.html")
    relation = texts(globex, '//table[contains(@class, "relations")]//tbody/tr/td')
    assert relation[:2] == ["has part", "Acme Widgets"]
    # newest first; the id "A/2" has a page under a digest name
    links = acme.xpath('//table[contains(@class, "entity-articles")]//a/@href')
    assert links == [
        f"../articles/{page_name('A/2')}.html",
        "../articles/a1.html",
    ]
    assert page_name("A/2").startswith("~")
    assert not acme.xpath('//dd[@id="confidence"]')


def test_article_page_highlights_exactly_the_mention_offsets(report, tiny_run):
    mentions = io.read_table(tiny_run / "mentions.csv", schemas.MENTIONS)
    article = page(report / "articles" / "a1.html")
    for field, text in (("title", A1_TITLE), ("body", A1_BODY)):
        rows = mentions[(mentions.article_id == "a1") & (mentions.field == field)]
        expected = sorted(
            (r.start_char, r.end_char, text[r.start_char : r.end_char], r.label)
            for r in rows.itertuples()
        )
        shown = [m for m in marks(article, field) if m[3] != "ROLE"]
        assert shown == expected
    # the role's title is found in its evidence and marked too
    role = [m for m in marks(article, "body") if m[3] == "ROLE"]
    start = A1_BODY.index("chief engineer")
    assert role == [(start, start + len("chief engineer"), "chief engineer", "ROLE")]
    # mentions link to their entity pages; the date carries its value
    person = article.xpath('//section[@data-field="body"]//mark[@data-label="PERSON"]')
    assert person[0].xpath(".//a/@href") == ["../entities/per_dana.html"]
    date = article.xpath('//mark[@data-label="DATE"]')[0]
    assert date.get("title") == "2024-03-04 (DATE)"
    # the body keeps its line break; the dates table shows the row's columns
    assert article.xpath('//section[@data-field="body"]//br')
    assert texts(article, '//table[contains(@class, "dates")]//td')[:2] == [
        f"m_a1_body_{A1_BODY.index('Monday')}",
        "Monday",
    ]


def test_untrusted_text_is_escaped_everywhere(report):
    evil = page(report / "entities" / "org_evil.html")
    assert texts(evil, '//h1[@id="entity-name"]') == [EVIL + " Corp"]
    for path in report.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html, path
        tree = page(path)
        scripts = tree.xpath("//script")
        # only the search script and its JSON data, on the index alone
        if path.name == "index.html":
            assert [s.get("type") for s in scripts] == ["application/json", None]
        else:
            assert scripts == []
        for src in tree.xpath("//@src"):
            assert src.startswith("data:"), (path, src)
    article = page(report / "articles" / "a1.html")
    # a javascript: url is shown, never linked
    assert not article.xpath('//a[starts-with(@href, "javascript")]')
    assert "javascript:alert(1)" in texts(article, "//dl")[0]
    evil_mark = article.xpath('//mark[@data-label="ORG"]')[-1]
    assert evil_mark.text_content().startswith(EVIL + " Corp")


def test_search_index_and_chart_are_inline(report):
    index = page(report / "index.html")
    data = index.xpath('//script[@id="search-data"]')[0].text_content()
    assert "\\u003cscript\\u003e" in data and "<" not in data
    img = index.xpath('//img[@class="chart"]/@src')[0]
    svg = base64.b64decode(img.split(",", 1)[1]).decode()
    assert "Mentions per month" in svg
    assert "Acme Widgets" in svg and "Dana Smith" in svg
    assert "kozea.github.io" not in svg and 'href="http' not in svg
    table = index.xpath('//table[contains(@class, "timeline-table")]')[0]
    assert texts(table, ".//thead/tr/th")[:3] == ["month", "Acme Widgets", "Dana Smith"]
    assert [texts(tr, "./td")[:3] for tr in table.xpath(".//tbody/tr")] == [
        ["2024-03", "2", "2"],
        ["2024-04", "0", "0"],
        ["2024-05", "1", "1"],
    ]


def test_limits_are_applied(tiny_run):
    report = build_report(
        tiny_run, top_entities=1, articles_per_entity=1, max_articles=1, index_rows=1
    ).parent
    assert sorted(p.name for p in (report / "entities").iterdir()) == [
        "org_acme.html",
        "per_dana.html",
    ]
    assert [p.name for p in (report / "articles").iterdir()] == [
        f"{page_name('A/2')}.html"
    ]
    acme = page(report / "entities" / "org_acme.html")
    assert "The newest 1 of 2 articles are listed" in acme.text_content()
    index = page(report / "index.html")
    assert len(index.xpath('//table[contains(@class, "entities-top")]//tbody/tr')) == 2
    # an entity without a page is still found by search, unlinked
    assert '"Globex Holdings", "organisation"' in index.xpath(
        '//script[@id="search-data"]'
    )[0].text_content().replace("\\u0026", "&")
    with pytest.raises(TypeError):
        build_report(tiny_run, top_entity=1)


def test_text_unavailable_when_the_input_is_gone_or_changed(tiny_run):
    source = tiny_run.parent / "input" / "news.jsonl"
    original = source.read_text(encoding="utf-8")
    source.write_text(original.replace("chief engineer", "chief  engineer"))
    report = build_report(tiny_run).parent
    changed = page(report / "articles" / "a1.html")
    reason = texts(changed, '//p[@id="text-unavailable"]')[0]
    assert "its input changed since the run" in reason
    # the other article of the same file is unchanged and keeps its text
    assert page(report / "articles" / f"{page_name('A/2')}.html").xpath("//mark")
    source.unlink()
    report = build_report(tiny_run).parent
    gone = page(report / "articles" / "a1.html")
    reason = texts(gone, '//p[@id="text-unavailable"]')[0]
    assert "not found in the run's inputs (moved, deleted" in reason
    (tiny_run.parent / "input").rmdir()
    report = build_report(tiny_run).parent
    reason = texts(page(report / "articles" / "a1.html"), '//p[@id="text-unavailable"]')
    assert f"missing now: {tiny_run.parent / 'input'}" in reason[0]
    assert len(gone.xpath('//table[contains(@class, "mentions")]//tbody/tr')) == 6


def test_confidence_is_shown_when_the_table_has_it(tmp_path):
    out = write_tiny_run(tmp_path, confidence=True)
    report = build_report(out).parent
    acme = page(report / "entities" / "org_acme.html")
    assert texts(acme, '//dd[@id="confidence"]') == ["0.87"]
    index = page(report / "index.html")
    assert "confidence" in texts(index, '//table[contains(@class, "entities-top")]//th')


def test_report_is_deterministic_and_replaces_the_old_one(tiny_run):
    first = build_report(tiny_run).parent
    before = {p.relative_to(first): p.read_bytes() for p in first.rglob("*.html")}
    (first / "stale.html").write_text("old")
    second = build_report(tiny_run).parent
    after = {p.relative_to(second): p.read_bytes() for p in second.rglob("*.html")}
    assert after == before
    assert not [p for p in tiny_run.iterdir() if p.name.startswith(".report")]


def test_tables_come_from_the_format_the_run_wrote(tiny_run):
    orgs = io.read_table(tiny_run / "organisations.csv", schemas.ORGANISATIONS)
    stale = orgs.assign(name="Stale Name")
    io.write_table(stale, schemas.ORGANISATIONS, tiny_run, "parquet")
    run = json.loads((tiny_run / "run.json").read_text())
    run["settings"]["output_format"] = "csv"
    io.write_json_atomic(tiny_run / "run.json", run)
    acme = page(build_report(tiny_run).parent / "entities" / "org_acme.html")
    assert texts(acme, '//h1[@id="entity-name"]') == ["Acme Widgets"]
    run["settings"]["output_format"] = "both"
    io.write_json_atomic(tiny_run / "run.json", run)
    acme = page(build_report(tiny_run).parent / "entities" / "org_acme.html")
    assert texts(acme, '//h1[@id="entity-name"]') == ["Stale Name"]


def test_report_command(tiny_run, tmp_path):
    result = CliRunner().invoke(main, ["report", str(tiny_run)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(str(tiny_run / "report" / "index.html"))
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["report", str(empty)])
    assert result.exit_code == 1
    assert "holds no articles.csv" in result.output


def test_page_names_are_safe():
    assert page_name("org_1c5bb400f295") == "org_1c5bb400f295"
    for unsafe in ("../x", "A", "a b", "a.html", ""):
        name = page_name(unsafe)
        assert re.fullmatch(r"~[0-9a-f]{20}", name)
    assert page_name("A") != page_name("a")


def test_granularity_follows_the_date_range():
    from pipeline.report.chart import granularity

    def days(*d):
        return pd.to_datetime(pd.Series(d))

    assert granularity(days("2024-01-01", "2024-02-15")) == "day"
    assert granularity(days("2024-01-01", "2025-12-31")) == "month"
    assert granularity(days("2010-01-01", "2024-12-31")) == "year"


def test_csv_formula_quote_is_taken_off_for_display(tiny_run):
    from pipeline.io import unquote_cell
    from pipeline.report.data import load_outputs

    orgs = io.read_table(tiny_run / "organisations.csv", schemas.ORGANISATIONS)
    orgs.loc[orgs.org_id == "org_globex", "name"] = "=Globex"
    io.write_table(orgs, schemas.ORGANISATIONS, tiny_run, "csv")
    assert "'=Globex" in (tiny_run / "organisations.csv").read_text()
    names = load_outputs(tiny_run)["organisations"].set_index("org_id")["name"]
    assert names["org_globex"] == "=Globex"
    assert unquote_cell("'plain") == "'plain"


def test_no_chart_without_dated_mentions(tiny_run):
    arts = io.read_table(tiny_run / "articles.csv", schemas.ARTICLES)
    io.write_table(arts.assign(published=""), schemas.ARTICLES, tiny_run, "csv")
    index = page(build_report(tiny_run))
    assert not index.xpath('//img[@class="chart"]')
    assert "No chart" in texts(index, '//h2[@id="timeline"]/following-sibling::p')[0]
