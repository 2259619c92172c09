"""Which BLAS the model's products run on, and its threads (pipeline.nlp.blas)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import spacy
from threadpoolctl import threadpool_info

from pipeline.nlp.blas import FAST_BLAS, numpy_blas, run_on, use_blis
from pipeline.nlp.models import PARSE_COMPONENTS, UNUSED_COMPONENTS, resolve
from pipeline.settings import DEFAULT_MODEL

SENTENCES = [
    "Maria Okafor, the chief executive of Lindqvist Freight, met Tomas Berg in Oslo.",
    "The Ministry of Fisheries said on Tuesday that Ana Ruiz would lead the review.",
    "Shares of Halden Mining fell 4 percent after the company's chairman resigned.",
]


def test_numpy_blas_is_what_threadpoolctl_sees_numpy_use():
    name = numpy_blas()
    assert name in {lib.get("internal_api") for lib in threadpool_info()}
    assert use_blis() == (name not in FAST_BLAS)


def test_the_loaded_model_runs_on_the_chosen_library(nlp):
    for name in ("ner", *PARSE_COMPONENTS):
        model = nlp.get_pipe(name).model
        assert all(node.ops.use_blis == use_blis() for node in model.walk())


def test_either_library_finds_the_same_entities():
    """The products differ only in rounding: the model's readings do not."""
    found = []
    ner = spacy.load(
        resolve(DEFAULT_MODEL), exclude=[*UNUSED_COMPONENTS, *PARSE_COMPONENTS]
    )
    for blis in (True, False):
        run_on(ner, blis=blis)
        assert {layer.ops.use_blis for layer in ner.get_pipe("ner").model.walk()} == {
            blis
        }
        found.append(
            [[(e.text, e.label_) for e in d.ents] for d in ner.pipe(SENTENCES)]
        )
    assert found[0] == found[1]
    assert ("Maria Okafor", "PERSON") in found[0][0]


def _threads(env: dict[str, str]) -> list[int]:
    """BLAS thread counts in a fresh process after `limit_threads`."""
    code = (
        "import json, numpy\n"
        "from threadpoolctl import threadpool_info\n"
        "from pipeline.nlp.blas import limit_threads\n"
        "limit_threads()\n"
        "print(json.dumps([l['num_threads'] for l in threadpool_info()"
        " if l['user_api'] == 'blas']))\n"
    )
    base = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**base, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_a_shard_process_runs_one_blas_thread():
    assert _threads({}) and set(_threads({})) == {1}


def test_a_thread_count_the_user_set_is_left_alone():
    assert set(_threads({"OPENBLAS_NUM_THREADS": "2"})) == {2}
