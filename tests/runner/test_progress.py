"""Progress: per-article ticks add up to each shard once, log lines come on a
timer off a terminal, shards are sized from the corpus."""

from __future__ import annotations

import io
import logging
import time

from pipeline.runner.progress import (
    ANNOTATING,
    LogProgress,
    Progress,
    ShardTicks,
    _ConsoleStream,
)
from pipeline.runner.shards import auto_shard_size


class Recorder(Progress):
    def __init__(self) -> None:
        super().__init__()
        self.events: list = []

    def on_phase(self, name: str) -> None:
        self.events.append(("phase", name))

    def on_advance(self, n: int) -> None:
        self.events.append(("advance", n))


def test_ticks_and_finished_shards_add_up_once():
    p = Recorder()
    ticks = ShardTicks(p)
    ticks.tick("a")
    ticks.tick("a")
    ticks.finish("a", 5)  # 3 more: failed records are not ticked one by one
    ticks.tick("a")  # late tick of a finished shard: dropped
    ticks.finish("b", 4)  # a shard reused from an earlier run
    assert p.done == 9
    assert [e for e in p.events if e[0] == "advance"] == [
        ("advance", 1),
        ("advance", 1),
        ("advance", 3),
        ("advance", 4),
    ]
    assert p.events[0] == ("phase", ANNOTATING)


def test_log_lines_come_on_a_timer_without_ticks(caplog):
    caplog.set_level(logging.INFO, logger="pipeline.runner.progress")
    with LogProgress(log_every=0.05) as p:
        p.set_total(10)
        p.phase("combining the shards")
        time.sleep(0.3)
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "combining the shards"
    assert sum(m.startswith("combining the shards (") for m in lines) >= 2


def test_status_while_annotating():
    p = Progress()
    p.set_total(10)
    p.advance(4)
    line = p.status()
    assert line.startswith("4 of 10 articles done, ") and "s left" in line


def test_log_records_go_through_the_console_line_by_line():
    from rich.console import Console

    buf = io.StringIO()
    stream = _ConsoleStream(Console(file=buf, width=200))
    stream.write("first line\nsecond ")
    stream.write("line\n")
    assert buf.getvalue() == "first line\nsecond line\n"


def test_run_reports_each_article(tmp_path, repo_root):
    from pipeline.runner.run import run
    from pipeline.settings import Settings

    p = Recorder()
    run([repo_root / "corpus"], Settings(out_dir=tmp_path), p)
    phases = [name for kind, name in p.events if kind == "phase"]
    assert phases[:3] == ["reading the inputs", "loading the model", ANNOTATING]
    assert phases[3].startswith("combining the shards")
    # one shard of 8 articles, reported article by article
    assert [n for kind, n in p.events if kind == "advance"] == [1] * 8
    assert p.total == p.done == 8


def test_workers_tick_and_log_through_the_parent(tmp_path, repo_root, caplog):
    # Workers send ticks and log records on one queue; the parent logs the records
    # itself (above its bar) instead of a worker writing to the terminal.
    from pipeline.runner.run import run
    from pipeline.settings import Settings

    caplog.set_level(logging.INFO)
    p = Recorder()
    run([repo_root / "corpus"], Settings(out_dir=tmp_path, workers=2, shard_size=2), p)
    loads = [r for r in caplog.records if r.name == "pipeline.nlp.build"]
    assert len(loads) >= 2  # each worker's model load, logged in this process
    assert p.total == p.done == 8
    assert sum(n for kind, n in p.events if kind == "advance") == 8


def test_shards_are_sized_from_the_corpus():
    assert auto_shard_size(0) == 10
    assert auto_shard_size(300) == 10
    assert auto_shard_size(400) == 13
    assert auto_shard_size(1000) == 32
    assert auto_shard_size(3824) == 120
    assert auto_shard_size(1_000_000) == 250
