# marsad — two commands set up a fresh machine (Debian, Python 3.11):
#   make demo   create ./.venv, install marsad, ingest the bundled examples into ./marsad.db, print them
#   make test   set up what the tests need (venv, test extras, headless Chromium) and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= marsad.db

.PHONY: demo test install lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/marsad ingest examples/articles --db $(DB) --published 2022-09-20 --no-progress
	$(BIN)/marsad documents --db $(DB)
	$(BIN)/marsad stats --db $(DB)
	@echo
	@echo "Next: $(BIN)/marsad search --db $(DB) الحموشي | $(BIN)/marsad events --db $(DB) | $(BIN)/marsad export --db $(DB) --format plover | $(BIN)/marsad serve --db $(DB)"

test: install
	@if [ -x scripts/install_browser.sh ]; then scripts/install_browser.sh; fi
	$(BIN)/python -m pytest -q -p no:cacheprovider tests

lint: install
	$(BIN)/ruff check marsad tests scripts bench

bench: install
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm test-artifacts
