# Jigiya — one command to run it, one to test it. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 5000
RASA_PORT ?= 5005
ACTION_PORT ?= 5055
export PORT RASA_PORT ACTION_PORT
# honcho sets PORT per process, so processes other than web must not derive URLs from it.
export PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)
export RASA_URL ?= http://127.0.0.1:$(RASA_PORT)
export ACTION_ENDPOINT_URL ?= http://127.0.0.1:$(ACTION_PORT)/webhook
# Rasa's SQLite tracker sits beside the app database (bot/state_paths.py; the Procfile asks it).
# Production settings for Rasa's side (docs/deploy.md); these defaults are the embedded set-up.
export RASA_TRACKER_URL ?=
export RASA_LOCK_STORE ?= in_memory
export RASA_LOCK_STORE_HOST ?= 127.0.0.1
export RASA_LOCK_STORE_PORT ?= 6379
export RASA_LOCK_STORE_DB ?= 1
export RASA_LOCK_STORE_PASSWORD ?=
# Queue consumer processes started by `make run` (each runs WORKER_THREADS threads).
WORKERS ?= 1
export PYTHONPATH := $(CURDIR)
# Rasa: no telemetry, no TensorFlow chatter.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export FLASK_APP := webhook

VENV := .venv
RASA_VENV := .venv-rasa
PY := $(VENV)/bin/python
RASA := $(RASA_VENV)/bin/rasa
MODEL := models/jigiya.tar.gz
MOCK := tests/fixtures/twilio-mock
TRAINING_INPUTS := config.yml $(shell find domain data bot/nlu -type f \( -name '*.yml' -o -name '*.py' -o -name '*.txt' -o -name '*.tsv' -o -name '*.json' \) 2>/dev/null)
PO_FILES := $(wildcard bot/content/translations/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: help run test train setup bench bench-nlu bench-prod bench-broadcast chaos db translations clean

help:
	@echo "make run    start everything (Rasa, actions, worker, web) on loopback; Ctrl-C stops all"
	@echo "make test   set up what is missing and run every test"
	@echo "make train  train the Rasa model (no-op when data and config are unchanged)"
	@echo "make bench  measure latency and memory (figures go to docs/benchmarks.md)"

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(RASA_VENV)/.installed: requirements-rasa.txt
	@PY310=$$(scripts/find-python310) || exit 1; \
	  test -x $(RASA_VENV)/bin/python || $$PY310 -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/python -m pip install -q --upgrade "pip<24.1"
	$(RASA_VENV)/bin/python -m pip install -q -r requirements-rasa.txt
	touch $@

$(MOCK)/node_modules/.installed: $(MOCK)/package-lock.json
	cd $(MOCK) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

%.mo: %.po $(VENV)/.installed
	$(VENV)/bin/pybabel compile -i $< -o $@

translations: $(MO_FILES)

instance:
	mkdir -p instance

db: $(VENV)/.installed instance
	$(VENV)/bin/flask db upgrade

$(MODEL): $(TRAINING_INPUTS) $(RASA_VENV)/.installed
	$(RASA) train --config config.yml --domain domain --data data --out models --fixed-model-name jigiya
	touch $@

train: $(MODEL)

setup: $(VENV)/.installed $(RASA_VENV)/.installed translations db $(MODEL)

run: setup
	@# An empty database gets the demo CSCom, group and staff accounts (passwords printed once).
	$(VENV)/bin/flask seed-demo --if-empty
	@echo "Jigiya: simulator at http://127.0.0.1:$(PORT)/simulator  (Ctrl-C stops everything)"
	$(VENV)/bin/honcho start -f Procfile -p $(PORT) -c worker=$(WORKERS)

# The non-live suite again with the clock moved (tests/conftest.py --now, Bamako time): a month end,
# the last minute of the year, and 29 February. A suite that passed yesterday passes on those days too.
CLOCK_MOMENTS ?= 2027-04-30T23:30 2026-12-31T23:59 2028-02-29T12:00

test: setup $(MOCK)/node_modules/.installed
	$(PY) -m pytest $(PYTEST_ARGS)
	@for moment in $(CLOCK_MOMENTS); do \
	  echo "== non-live tests with the clock at $$moment (Bamako) =="; \
	  $(PY) -m pytest -q -m "not live" --now=$$moment $(PYTEST_ARGS) || exit $$?; \
	done

bench: setup $(MOCK)/node_modules/.installed
	$(PY) -m benchmarks.run

# Production mode (PostgreSQL + Redis) at 50 messages/s for 5 minutes, with 1, 2 and 4 workers
# (BENCH_RATE, BENCH_SECONDS, BENCH_WORKERS, BENCH_DRAIN: benchmarks/prod.py; figures in docs/benchmarks.md).
bench-prod: setup $(MOCK)/node_modules/.installed
	$(PY) -m benchmarks.prod

# A facilitator broadcast to 10,000 women at BROADCAST_MPS (default 20: ~2 × 500 s), steady and with one
# of two workers killed half-way; figures in docs/benchmarks.md.
bench-broadcast: setup $(MOCK)/node_modules/.installed
	$(PY) -m benchmarks.broadcast

# Fault tests (Rasa killed, Twilio 429/503, PostgreSQL cut, two Rasa instances); also part of make test.
chaos: setup $(MOCK)/node_modules/.installed
	$(PY) -m pytest -m chaos $(PYTEST_ARGS)

# NLU comparison for docs/nlu.md: this pipeline vs Rasa's default pipeline trained on the same data/nlu, scored on
# the same held-out files (covered questions, danger continuum, uncovered, benign; standard and phone-typed),
# plus 3-fold cross-validation of each (~40 min on 2 cores). Writes results/nlu-bench and docs/img only.
bench-nlu: setup
	$(PY) scripts/nlu/bench.py --out results/nlu-bench --default --noisy --images --cv

clean:
	rm -rf models instance results .pytest_cache
