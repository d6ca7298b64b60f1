# Set-up and the two commands of the README. Everything the project needs is
# installed here, into .venv; nothing is installed by hand.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= samples/machined-assembly-ja.xlsx

.PHONY: demo test lint bench clean system-deps screenshot

# System libraries for PDF reports (WeasyPrint loads them at run time; Debian names):
# pango for text layout, harfbuzz-subset to embed only the used glyphs of the Japanese
# font (fontTools, WeasyPrint's fallback, takes ~7 s per PDF for a CJK font; harfbuzz
# ~0.1 s). No system fonts are needed: reports embed the pip-installed Noto Sans CJK JP.
SYSTEM_PACKAGES ?= libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
# pdftoppm (poppler-utils) renders a PDF page to PNG for `make screenshot` only.
SCREENSHOT_PACKAGES ?= poppler-utils

# Install the Debian packages in $(1) that are missing: as root with apt-get, else say
# what to install. Machines without dpkg (macOS, other distributions) are told too.
define apt_install_missing
	@if ! command -v dpkg >/dev/null 2>&1; then \
		echo "note: not Debian; make sure these are installed: $(1)"; exit 0; fi; \
	missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "installing $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "missing system packages: $$missing (sudo apt-get install $$missing)"; fi
endef

## system-deps: install the Debian libraries PDF reports need, if missing
system-deps:
	$(call apt_install_missing,$(SYSTEM_PACKAGES))

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

## demo: set up and compute the footprint of the Japanese sample BOM
demo: $(VENV)/.installed system-deps
	$(BIN)/cfp calc $(SAMPLE)

## test: set up and run the whole test suite (what CI runs)
test: $(VENV)/.installed system-deps
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check cli lca tests bench samples

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_calc.py
	$(BIN)/python bench/bench_batch.py

## screenshot: regenerate docs/cfp-sheet.png (the README's picture of the CFP sheet)
screenshot: $(VENV)/.installed system-deps
	$(call apt_install_missing,$(SCREENSHOT_PACKAGES))
	$(BIN)/python tests/regen_golden.py --screenshot

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
