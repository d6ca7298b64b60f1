# Set-up and the two commands of the README. Everything the project needs is
# installed here, into .venv; nothing is installed by hand.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= samples/machined-assembly-ja.xlsx

.PHONY: demo test lint bench clean screenshot

# No system package is needed: the PDF reports are typeset by Typst (a pip wheel) with
# the pip-installed Noto Sans CJK JP fonts embedded, and `make screenshot` renders the
# CFP sheet to PNG with Typst too.

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

## demo: set up and compute the footprint of the Japanese sample BOM
demo: $(VENV)/.installed
	$(BIN)/cfp calc $(SAMPLE)

## test: set up and run the whole test suite (what CI runs)
test: $(VENV)/.installed
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check cli lca tests bench samples

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_calc.py
	$(BIN)/python bench/bench_batch.py

## screenshot: regenerate docs/cfp-sheet.png (the README's picture of the CFP sheet)
screenshot: $(VENV)/.installed
	$(BIN)/python tests/regen_golden.py --screenshot

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
