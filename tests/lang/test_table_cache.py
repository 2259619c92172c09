"""Tables kept on disk: built once, read back equal, rebuilt when what they depend on
changes, and never a reason to fail."""

from __future__ import annotations

import pytest

from pipeline.lang import table_cache
from pipeline.lang.table_cache import CACHE_ENV, cached_table

TABLE = {"paris": ["city", "FR"], "wales": ["country", "GB"], "n": [1, 2.5]}


class Builder:
    """Counts its calls."""

    def __init__(self, table=TABLE):
        self.calls, self.table = 0, table

    def __call__(self):
        self.calls += 1
        return self.table


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "builder.py"
    path.write_text("# version 1\n")
    return path


def test_built_once_then_read_back(tmp_path, monkeypatch, source):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    build = Builder()
    first = cached_table("t", ["srsly"], [source], build)
    again = cached_table("t", ["srsly"], [source], build)
    assert first == again == TABLE and build.calls == 1
    assert len(list((tmp_path / "cache").glob("t-*.msgpack"))) == 1


def test_an_edited_builder_or_another_package_rebuilds(tmp_path, monkeypatch, source):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    build = Builder()
    cached_table("t", ["srsly"], [source], build)
    source.write_text("# version 2\n")
    cached_table("t", ["srsly"], [source], build)
    cached_table("t", ["srsly", "no-such-dist"], [source], build)
    assert build.calls == 3
    # Each write removed the tables of the same name it replaces; others stay.
    cached_table("other", [], [source], build)
    names = sorted(p.name.split("-")[0] for p in (tmp_path / "cache").iterdir())
    assert names == ["other", "t"]


def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path, monkeypatch, source):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    build = Builder()
    cached_table("t", [], [source], build)
    (path,) = (tmp_path / "cache").glob("t-*.msgpack")
    path.write_bytes(b"\xc1 not msgpack")
    assert cached_table("t", [], [source], build) == TABLE and build.calls == 2
    assert cached_table("t", [], [source], build) == TABLE and build.calls == 2


def test_an_unwritable_cache_only_means_building(tmp_path, monkeypatch, source):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    build = Builder()
    assert cached_table("t", [], [source], build) == TABLE
    assert cached_table("t", [], [source], build) == TABLE
    assert build.calls == 2


def test_off_builds_every_time_and_writes_nothing(tmp_path, monkeypatch, source):
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    build = Builder()
    cached_table("t", [], [source], build)
    cached_table("t", [], [source], build)
    assert build.calls == 2 and not (tmp_path / "xdg").exists()


def test_the_folder_follows_xdg_when_not_named(tmp_path, monkeypatch):
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert table_cache.cache_dir() == tmp_path / "xdg" / "newsner"
