"""Shared fixtures: the repo's paths, the ../shared folder (tests using it skip when
absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: hypothesis's default 200 ms deadline
# per example failed a CSV round trip that took 0.8 s on a loaded machine (CI
# beside a corpus run) and 0.04 s when repeated. Speed is measured by `make
# bench`, never by a test.
settings.register_profile("newsner", deadline=None)
settings.load_profile("newsner")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "000_c39ddb19d08b89c7.txt"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The project's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; skips the test when it is not there."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    """The seed article; skips when absent."""
    if not SEED.is_file():
        pytest.skip("the seed article is not present in ../shared/corpus")
    return SEED


@pytest.fixture(scope="session")
def nlp():
    """The full annotation pipeline, built once per test session."""
    from pipeline.nlp import get_nlp

    return get_nlp()
