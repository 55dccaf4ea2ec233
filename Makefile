# Two entry points for a fresh clone: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean system-deps

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e ".[test,postgres,dask]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/detente demo

# Debian packages the tests start for real: PostgreSQL, Chromium and its driver. Installed
# when missing and apt-get is usable (root, or sudo); otherwise those tests skip with a message.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    ($(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing) >/dev/null 2>&1 \
	      || echo "note: could not install$$missing; their tests will skip"; \
	  else echo "note:$$missing not installed and apt-get unavailable; their tests will skip"; fi; \
	fi

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build src/*.egg-info
