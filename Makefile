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
	$(BIN)/pip install -q -e ".[test,postgres]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/detente demo

# Debian packages the tests start for real (PostgreSQL; later Chromium). Installed when
# missing and apt-get is usable; otherwise those tests skip with a message.
system-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql) >/dev/null \
	      || echo "note: could not install postgresql; its tests will skip"; \
	  else echo "note: postgresql not installed and apt-get unavailable; its tests will skip"; fi; \
	fi

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build src/*.egg-info
