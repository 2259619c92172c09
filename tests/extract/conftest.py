"""The role tests run on the model their cases were written against.

The default model is now en_core_web_md; the role grammar is being rebuilt to be
tested on hand-set parses (issue #13). Until then these end-to-end cases keep
the small model, so they test the rules rather than a change of model.
"""

from __future__ import annotations

import pytest
from role_model import ROLE_TEST_MODEL


@pytest.fixture(scope="session")
def nlp():
    """The annotation pipeline of ROLE_TEST_MODEL, built once per session."""
    from pipeline.nlp import get_nlp

    return get_nlp(ROLE_TEST_MODEL)
