# The front door: `make demo` on a fresh machine, `make test` for the test suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-quick lint eval gate bench lock clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: install
	$(BIN)/tally analyze examples --db tally.db --json tally.jsonl

# two pytest-xdist workers, a test file each at a time (a file's session fixtures, such as the
# eval gate's pipeline run, are then built once); TEST_WORKERS=0 runs the suite in one process
TEST_WORKERS ?= 2
TEST_ARGS := -q -n $(TEST_WORKERS) --dist loadfile

test: install
	$(BIN)/python -m pytest $(TEST_ARGS)

test-quick: install
	$(BIN)/python -m pytest $(TEST_ARGS) -m "not model"

lint: install
	$(BIN)/ruff format --check src tests
	$(BIN)/ruff check src tests
	$(BIN)/mypy  # src/tally, settings in pyproject.toml

eval: install
	for set in polnear lgl geowebnews trnews geovirus tempeval3 plover rams; do \
		$(BIN)/tally eval $$set || exit 1; done
	$(BIN)/tally eval reports --split tune
	$(BIN)/tally eval reports --split check
	$(BIN)/tally eval reports --root eval/reports_wikinews --split tune
	$(BIN)/tally eval reports --root eval/reports_wikinews --split check
	$(BIN)/tally eval reports --root eval/reports_trnews --split tune
	$(BIN)/tally eval reports --root eval/reports_trnews --split check
	$(BIN)/tally eval reports --root eval/reports_geoweb --split tune
	$(BIN)/tally eval reports --root eval/reports_geoweb --split check
	$(BIN)/tally eval reports --root eval/reports_lgl --split tune
	$(BIN)/tally eval reports --root eval/reports_lgl --split check
	$(BIN)/tally eval reports --root eval/reports_geoweb --split check40
	$(BIN)/tally eval reports --root eval/reports_lgl --split check40
	$(BIN)/tally eval reports --root eval/reports_trnews --split check40
	$(BIN)/tally eval reports --root eval/reports_wikinews --split check40
	$(BIN)/tally eval reports --root eval/reports_lgl --split tune41
	$(BIN)/tally eval reports --root eval/reports_geoweb --split tune41
	$(BIN)/tally eval reports --root eval/reports_trnews --split tune41
	$(BIN)/tally eval reports --root eval/reports_wikinews --split tune41
	$(BIN)/tally eval reports --root eval/reports_aquaint --split tune
	$(BIN)/tally eval reports --root eval/reports_aquaint --split check
	$(BIN)/tally eval reports --root eval/reports_mixed --split tune
	$(BIN)/tally eval reports --root eval/reports_mixed --split check
	$(BIN)/tally eval reports --root eval/reports_mixed2 --split tune
	$(BIN)/tally eval reports --root eval/reports_mixed2 --split check
	$(BIN)/tally eval reports --root eval/reports_mixed3 --split tune
	$(BIN)/tally eval reports --root eval/reports_mixed3 --split check
	$(BIN)/tally eval reports --root eval/reports_mixed4 --split tune
	$(BIN)/tally eval reports --root eval/reports_mixed4 --split check
	$(BIN)/tally eval reports --root eval/reports_mixed5 --split tune
	$(BIN)/tally eval reports --root eval/reports_mixed5 --split check
	$(BIN)/tally eval reports --root eval/reports_own --split work42
	$(BIN)/tally eval reports --root eval/reports_own --split held42
	$(BIN)/tally eval reports --root eval/reports_own --split held42b
	$(BIN)/tally eval reports --root eval/reports_own --split work43
	$(BIN)/tally eval reports --root eval/reports_own --split held43
	$(BIN)/tally eval reports --root eval/reports_own --split held43b
	$(BIN)/tally eval reports --root eval/reports_own --split work44
	$(BIN)/tally eval reports --root eval/reports_own --split held44
	$(BIN)/tally eval reports --root eval/reports_own --split held44b
	$(BIN)/tally eval reports --root eval/reports_own --split work45
	$(BIN)/tally eval reports --root eval/reports_own --split held45
	$(BIN)/tally eval reports --root eval/reports_own --split work46
	$(BIN)/tally eval reports --root eval/reports_own --split held46
	$(BIN)/tally eval reports --root eval/reports_own --split work47
	$(BIN)/tally eval reports --root eval/reports_own --split held47
	$(BIN)/tally eval reports --root eval/reports_own --split work57
	$(BIN)/tally eval reports --root eval/reports_own --split held57
	$(BIN)/tally eval reports --root eval/reports_own --split work58
	$(BIN)/tally eval reports --root eval/reports_own --split held58
	$(BIN)/tally eval reports --root eval/reports_own --split work59
	$(BIN)/tally eval reports --root eval/reports_own --split held59
	$(BIN)/tally eval reports --root eval/reports_own --split work60
	$(BIN)/tally eval reports --root eval/reports_own --split held60
	$(BIN)/tally eval reports --root eval/reports_own --split work61
	$(BIN)/tally eval reports --root eval/reports_own --split held61
	$(BIN)/tally eval reports --root eval/reports_own --split work62
	$(BIN)/tally eval reports --root eval/reports_own --split held62
	$(BIN)/tally eval reports --root eval/reports_own --split work63
	$(BIN)/tally eval reports --root eval/reports_own --split held63
	$(BIN)/tally eval reports --root eval/reports_own --split work64
	$(BIN)/tally eval reports --root eval/reports_own --split held64
	$(BIN)/tally eval clusters --split tune
	$(BIN)/tally eval clusters --split held
	$(BIN)/tally eval clusters --split held2

gate: install
	$(BIN)/tally eval-baseline

bench: install
	$(BIN)/tally bench

# Re-pin every dependency on purpose: a clean venv from pyproject.toml, frozen.
lock:
	rm -rf /tmp/tally-lock && $(PYTHON) -m venv /tmp/tally-lock
	/tmp/tally-lock/bin/pip install --quiet ".[dev]"
	/tmp/tally-lock/bin/pip freeze --all --exclude-editable | grep -v -E '^(tally|pip==)' > requirements.lock  # --all: setuptools builds the wheel

clean:
	rm -rf $(VENV) tally.db tally.db-wal tally.db-shm tally.jsonl
