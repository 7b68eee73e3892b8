# Seller Desk: `make run` starts the app, `make test` runs the whole suite (both set up .venv).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PYTEST_WORKERS ?= 2

.PHONY: run test lint bench i18n system-libs clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Seller Desk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

system-libs:
	@bash scripts/system-libs.sh

run: system-libs $(STAMP)
	$(BIN)/seller-desk

lint: $(STAMP)
	$(BIN)/ruff check seller_desk tests bench main.py
	$(BIN)/lint-imports

test: system-libs $(STAMP) lint
	$(BIN)/pytest -n $(PYTEST_WORKERS) -p xdist

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

i18n: $(STAMP)
	$(BIN)/python scripts/i18n.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
