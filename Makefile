# Quickstart: `make demo` (set up, then a demo on a scratch copy of the example registry)
#             `make test` (set up, then lint, type-check and run every test)
#             `make mutation` (mutation testing of domain/; minutes, not part of `make test`)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
MUTMUT := $(VENV)/.mutmut

.PHONY: setup demo test lint unit bench robustness invariants mutation clean

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

# the guarantees of DESIGN.md §6 on thousands of random sequences of use cases (tens of minutes)
invariants: $(STAMP)
	$(BIN)/python benchmarks/invariants.py

$(MUTMUT): $(STAMP)
	$(BIN)/python -m pip install --quiet 'mutmut>=3.8,<4'
	touch $(MUTMUT)

# Mutate src/regelsyn/domain/ and run the fast domain tests against each mutant ([tool.mutmut] in
# pyproject.toml). Starts afresh, so the score is that of the code and tests as they are now, and
# fails under 90 % killed. Then: `$(BIN)/mutmut show NAME` for a survivor; tests/MUTATION.md
# lists the survivors that are kept, and why.
mutation: $(MUTMUT)
	rm -rf mutants
	$(BIN)/mutmut run
	$(BIN)/mutmut results
	$(BIN)/mutmut export-cicd-stats
	$(BIN)/python scripts/mutation_score.py mutants/mutmut-cicd-stats.json 90

clean:
	rm -rf $(VENV) dist build mutants .pytest_cache .mypy_cache .ruff_cache
