# Set-up, demo and tests. Each target creates the virtual environment when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test stress bench quality clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/factcheck demo

test: $(STAMP)
	-@bash tools/ensure-chromium.sh
	$(BIN)/python -m pytest -q

stress: $(STAMP)
	$(BIN)/python -m pytest -q -s -m stress tests

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

quality: $(STAMP)
	$(BIN)/python tools/quality.py --floors

clean:
	rm -rf $(VENV) *.egg-info factcheck-demo.db factcheck-demo.html
