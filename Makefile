# Warta: every entry point a user or CI needs. Each target sets up .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVALDATA ?= ../shared/evaldata
# Development/validation splits only: the NER train files are what the model learns from.
EVAL_FILES := seg_ud_id_gsd_dev.jsonl seg_ud_id_csui_train.jsonl \
	ner_idner2k_dev.detok.jsonl ner_indolem_nerui_dev01.detok.jsonl \
	ner_indolem_nerugm_dev01.detok.jsonl ner_indonlu_nergrit_valid.detok.jsonl \
	quotes_pfsa_id_dev_NONCOMMERCIAL.detok.jsonl

.PHONY: help setup package build validate test lint eval bench model lock clean dist publish version-check release show

help:
	@echo "make package   set up .venv, build the package from dataset/raw/, validate it"
	@echo "make test      set up .venv, run the test suite"
	@echo "make validate  validate the package in ."
	@echo "make eval      score the extractors (seed gold + ../shared/evaldata if present);"
	@echo "               with evaldata, the figures go to dataset/eval.json (card and site)"
	@echo "make bench     speed benchmarks (medians, with baselines in the same run)"
	@echo "make model     retrain the NER model and the GPE/LOC choice from training/ner/"
	@echo "make lint      ruff + mypy --strict"
	@echo "make release   changelog from warta diff, rebuild, commit, tag vX.Y.Z"

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "warta needs Python 3.11+ (found: $$($(PYTHON) --version))" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

package: build validate

build: setup
	$(BIN)/warta build

validate: setup
	$(BIN)/warta validate

test: setup
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

eval: setup
	@if [ -d "$(EVALDATA)" ]; then \
		$(BIN)/warta eval tests/gold $(addprefix $(EVALDATA)/,$(EVAL_FILES)) --save dataset/eval.json; \
	else \
		echo "$(EVALDATA) not found: scoring the seed gold only (set EVALDATA=DIR for more)"; \
		$(BIN)/warta eval tests/gold; \
	fi

bench: setup
	$(BIN)/python scripts/bench.py

model: setup
	$(BIN)/python scripts/train_ner.py
	$(BIN)/python scripts/train_place_types.py

# CI: the data may not change against the last release tag without the version rising.
version-check: setup
	@tag=$$(git describe --tags --abbrev=0 --match 'v[0-9]*.[0-9]*.[0-9]*' 2>/dev/null || true); \
	if [ -z "$$tag" ]; then echo "version-check: no release tag yet, nothing to compare"; \
	else $(BIN)/warta diff "$$tag" . --check >/dev/null; fi

release: setup
	bash scripts/release.sh

dist: setup
	$(BIN)/warta dist

# REPO_ID=owner/name (required); DRY_RUN=1 lists the files and the commit without uploading.
publish: dist
	@test -n "$(REPO_ID)" || { echo "make publish needs REPO_ID=owner/name" >&2; exit 2; }
	$(BIN)/warta publish --repo-id $(REPO_ID) $(if $(DRY_RUN),--dry-run)

# The package as a static site (site/), and a screenshot of the seed article to look at.
SHOW_ARTICLE ?= kursk-sappers
show: setup
	$(BIN)/warta show . --out site
	$(BIN)/python scripts/screenshot.py site/articles/$(SHOW_ARTICLE).html site/screenshot.png

lock: setup
	$(BIN)/python -m pip freeze --exclude-editable | sed '1i # Pinned dependency set for warta (runtime + dev). Regenerate with `make lock`.' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
