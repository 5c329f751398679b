# Comptoir — `make run` to start everything, `make test` to test. `make` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install migrate demo-data run worker beat test test-fast lint format bench messages check search-engine search-engine-stop bench-search search-eval search-rebuild clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found); set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install the pinned dependencies
	$(MANAGE) collectstatic --noinput --verbosity 0

messages: $(STAMP) ## Compile the translations (locale/*.po -> .mo; needs gettext)
	$(MANAGE) makemessages --locale fr --ignore '.venv/*' --ignore 'var/*' --ignore 'staticfiles/*' --ignore 'search/engine/*' --no-obsolete
	$(PY) scripts/fill_translations.py fr
	$(MANAGE) compilemessages --locale fr --ignore '.venv/*'

migrate: $(STAMP) ## Apply database migrations
	$(MANAGE) migrate --noinput

demo-data: migrate ## Load the demo marketplace from ../shared/data/olist (idempotent; ARGS="--full" for everything)
	$(MANAGE) demo_data $(ARGS)
	$(MANAGE) credit_demo

run: install demo-data ## Install, migrate, load demo data, then start web + worker + beat on http://127.0.0.1:8000
	@echo "Comptoir on http://127.0.0.1:$${COMPTOIR_PORT:-8000}/  (Ctrl-C stops web, worker and beat)"
	$(VENV)/bin/honcho -f Procfile.dev start

worker: $(STAMP) ## Start a Celery worker alone
	$(VENV)/bin/celery --workdir site -A config.celery_app worker --loglevel INFO

beat: $(STAMP) ## Start Celery beat alone
	$(VENV)/bin/celery --workdir site -A config.celery_app beat --loglevel INFO

check: $(STAMP) ## Django system checks and the migrations check
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

test: install ## Run the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)
	$(PY) -m pytest -n $${PYTEST_WORKERS:-2} $(PYTEST_ARGS)

test-fast: $(STAMP) ## Tests without the slow suites
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

lint: $(STAMP) ## ruff (lint + format check) and djhtml on templates
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files 'templates/*.html')

format: $(STAMP) ## Format Python and templates
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files 'templates/*.html')

.PHONY: screenshots
screenshots: $(STAMP) ## Chromium screenshots of home, landing and webinar pages (desktop + mobile) into screenshots/
	$(PY) scripts/screenshots.py $(ARGS)

bench: $(STAMP) ## Benchmarks (figures printed, not asserted)
	$(PY) -m benchmarks

search-engine: ## Build and start the local search engine node (OpenSearch, Java 17 + Maven)
	bash search/engine/run.sh

search-engine-stop: ## Stop the local search engine node
	bash search/engine/run.sh stop

search-rebuild: $(STAMP) ## Rebuild the engine's product index (new index + alias swap; needs OPENSEARCH_URL)
	$(MANAGE) search_rebuild

bench-search: $(STAMP) ## 100,000 generated products + 300,000 reviews: engine, then database backend; p50/p95
	OPENSEARCH_URL=$${OPENSEARCH_URL:-$$(bash search/engine/run.sh | tail -n 1)} $(MANAGE) search_bench $(ARGS)
	DATABASE_URL=sqlite:///var/bench-search.sqlite3 $(MANAGE) migrate --no-input --verbosity 0
	DATABASE_URL=sqlite:///var/bench-search.sqlite3 $(MANAGE) search_bench --database --generate --queries 50 $(ARGS)

search-eval: demo-data ## Relevance harness: nDCG@10 and zero-result rate, database and engine backends
	OPENSEARCH_URL=$${OPENSEARCH_URL:-$$(bash search/engine/run.sh | tail -n 1)} $(MANAGE) search_eval $(ARGS)

clean: ## Remove local state (database, media, queues) — not the virtualenv
	rm -rf var staticfiles
