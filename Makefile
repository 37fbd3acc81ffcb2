# SMS Desk — every set-up step a fresh Debian machine needs, then run or check.
#   make run    launch the app on the embedded demo gateway
#   make test   lint, format check and the whole test suite (offscreen)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format check-format pytest system-deps clean

# System libraries Qt loads even offscreen (and xcb ones when a display is used).
system-deps:
	@packaging/system-deps.sh

$(STAMP): pyproject.toml packaging/system-deps.sh
	@packaging/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@SMSDESK_NEEDS_DISPLAY=1 packaging/system-deps.sh
	$(BIN)/smsdesk

lint: $(STAMP)
	$(BIN)/ruff check .

check-format: $(STAMP)
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The PostgreSQL tests start their own server from the installed programs (tests/pg.py).
pytest: $(STAMP)
	@SMSDESK_NEEDS_POSTGRES=1 packaging/system-deps.sh
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint check-format pytest

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
