# Quickstart: `make demo` (set up, then a demo on a scratch copy of the example registry)
#             `make test` (set up, then lint, type-check and run every test)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint unit bench robustness clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@bash scripts/demo.sh $(BIN)/regelsyn

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy --strict src
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/pytest -q -n auto

test: lint unit

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

robustness: $(STAMP)
	$(BIN)/python benchmarks/robustness.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
