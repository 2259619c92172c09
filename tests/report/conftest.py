"""Fixtures of the report tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_fixture import write_tiny_run


@pytest.fixture
def tiny_run(tmp_path: Path) -> Path:
    """The output folder of the tiny run."""
    return write_tiny_run(tmp_path)
