# make serve: the site with live reload on http://127.0.0.1:8000
# make test:  everything (strict site build, snippet tests, structure, faults, workflow lint)
# make build: the site in site/
# make bench: build timings (cold, warm, bare render)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: $(BIN)/.installed
	$(BIN)/python -m mkdocs serve --livereload --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed
	$(BIN)/python -m mkdocs build --strict

test: build
	$(BIN)/python -m pytest

bench: $(BIN)/.installed
	$(BIN)/python tools/benchmark.py

clean:
	rm -rf site .snippet-cache
