# Conformance harness targets; the root Makefile includes this file.
# Relies on CARGO, SERVER_BIN and the deps target from the root Makefile.
#
#   make specs               fetch and verify the pinned sources (pymongo sdist) into target/specs
#   make venv                the virtualenv for pymongo's suite (target/pymongo-venv)
#   make motor-venv          the virtualenv for Motor's suite (target/motor-venv)
#   make conformance         every suite, rewrites reports/ (times: harness/README.md); refuses when a
#                            test regressed against reports/results.tsv (ACCEPT_REGRESSIONS=1
#                            records them anyway, named in the report's headline)
#   make conformance-quick   the fixed subset in specs/quick.txt, reports/ untouched
#   make conformance-check   the quick subset + fail on any regression against reports/results.tsv
#
#   make conformance-compare A=<results> B=<results>
#                            the tests whose status differs between two result sets
#                            (reports/, target/conformance/<name>/, a results file)
#
# TARGET=mongodb://[user:pass@]host:port/[?options] runs both suites against that
# server instead of ephemeral ones (one worker, so cases do not share it
# concurrently), with its whole URI: credentials, TLS and other options. Results,
# logs, JUnit and the report go to target/conformance/<TARGET_NAME>/ (default: the
# URI's host_port); UPDATE_REPORTS=1 writes the report to reports/ instead.
#
# Every run writes JUnit XML to <results dir>/junit/ and each ephemeral server's
# log to <results dir>/logs/; SECANTUS_SERVER_LOG=debug sets the servers' --log-level.

TARGET ?=
UPDATE_REPORTS ?=
PYMONGO_WORKERS ?= 2
UNIFIED_THREADS ?= 2
HARNESS_BIN := target/debug/secantus-harness
CONFORMANCE_DIR := target/conformance
QUICK_DIR := target/conformance-quick
REPORT_DIR := reports

comma := ,
ifneq ($(strip $(TARGET)),)
UNIFIED_THREADS := 1
PYMONGO_WORKERS := 1
target_host = $(firstword $(subst /, ,$(subst ?, ,$(lastword $(subst @, ,$(patsubst mongodb://%,%,$(strip $(TARGET))))))))
TARGET_NAME ?= $(subst :,_,$(subst $(comma),_,$(target_host)))
CONFORMANCE_DIR := target/conformance/$(TARGET_NAME)
QUICK_DIR := target/conformance-quick/$(TARGET_NAME)
REPORT_DIR := $(if $(UPDATE_REPORTS),reports,$(CONFORMANCE_DIR)/report)
endif

export SECANTUS_TARGET := $(TARGET)
ACCEPT_REGRESSIONS ?=
export ACCEPT_REGRESSIONS
export SECANTUS_SERVER_BIN := $(abspath $(SERVER_BIN))

.PHONY: specs venv motor-venv harness-bin conformance conformance-quick conformance-check \
	conformance-unified conformance-pymongo pymongo-client-only conformance-compare

specs:
	scripts/fetch-specs.sh

venv: specs
	scripts/pymongo-venv.sh

motor-venv: specs
	scripts/motor-venv.sh

# The server, the harness and the unified runner, built by one
# `cargo test --workspace --no-run` (scripts/build-harness.sh says why).
harness-bin: deps
	CARGO=$(CARGO) scripts/build-harness.sh

UNIFIED_RUNNER = $$(cat target/unified-runner.path)

# $(1): results directory, $(2): extra environment for the unified runner,
# $(3): extra arguments for the pymongo runner.
# Only this run's own files are removed: the results of other targets live
# in subdirectories of target/conformance/.
define run_suites
	@rm -rf $(addprefix $(1)/,unified.json pymongo.json pymongo.shards pymongo-async.json pymongo-async.shards motor.json motor.shards logs junit report) && mkdir -p $(1)
	@echo "== unified spec tests (results in $(1)/unified.json, server logs in $(1)/logs/)"
	-SECANTUS_UNIFIED=1 SECANTUS_RESULTS=$(abspath $(1))/unified.json SECANTUS_LOG_DIR=$(abspath $(1))/logs $(2) \
		$(UNIFIED_RUNNER) --test-threads $(UNIFIED_THREADS)
	@test -f $(1)/unified.json || { echo "unified runner wrote no results" >&2; exit 1; }
	@echo "== pymongo suite (results in $(1)/pymongo.json)"
	SECANTUS_LOG_DIR=$(abspath $(1))/logs $(HARNESS_BIN) pymongo --workers $(PYMONGO_WORKERS) --out $(1)/pymongo.json $(3)
endef

conformance: specs venv motor-venv harness-bin
	$(call run_suites,$(CONFORMANCE_DIR),,)
	@echo "== pymongo async suite (results in $(CONFORMANCE_DIR)/pymongo-async.json)"
	SECANTUS_LOG_DIR=$(abspath $(CONFORMANCE_DIR))/logs $(HARNESS_BIN) pymongo --asynchronous \
		--workers $(PYMONGO_WORKERS) --out $(CONFORMANCE_DIR)/pymongo-async.json
	@echo "== Motor's suite (results in $(CONFORMANCE_DIR)/motor.json)"
	SECANTUS_LOG_DIR=$(abspath $(CONFORMANCE_DIR))/logs $(HARNESS_BIN) pymongo --project motor \
		--workers $(PYMONGO_WORKERS) --out $(CONFORMANCE_DIR)/motor.json
	$(HARNESS_BIN) report --unified $(CONFORMANCE_DIR)/unified.json --pymongo $(CONFORMANCE_DIR)/pymongo.json \
		--pymongo-async $(CONFORMANCE_DIR)/pymongo-async.json --motor $(CONFORMANCE_DIR)/motor.json \
		--out $(REPORT_DIR)

# The quick subset runs the same pymongo selection in the async suite (the
# twin modules) and Motor's whole suite (under a minute).
QUICK_RESULTS = $(addprefix $(QUICK_DIR)/,unified.json pymongo.json pymongo-async.json motor.json)

conformance-quick: specs venv motor-venv harness-bin
	$(call run_suites,$(QUICK_DIR),SECANTUS_UNIFIED_SUBSET=quick,--quick)
	SECANTUS_LOG_DIR=$(abspath $(QUICK_DIR))/logs $(HARNESS_BIN) pymongo --asynchronous --quick \
		--workers $(PYMONGO_WORKERS) --out $(QUICK_DIR)/pymongo-async.json
	SECANTUS_LOG_DIR=$(abspath $(QUICK_DIR))/logs $(HARNESS_BIN) pymongo --project motor --quick \
		--workers $(PYMONGO_WORKERS) --out $(QUICK_DIR)/motor.json
	$(HARNESS_BIN) junit --out $(QUICK_DIR)/junit $(QUICK_RESULTS)

conformance-check: conformance-quick
	$(HARNESS_BIN) check --quick $(QUICK_RESULTS)

# Only the unified suite / only pymongo, into target/conformance (no report).
conformance-unified: specs harness-bin
	-SECANTUS_UNIFIED=1 SECANTUS_RESULTS=$(abspath $(CONFORMANCE_DIR))/unified.json \
		$(UNIFIED_RUNNER) --test-threads $(UNIFIED_THREADS)

conformance-pymongo: specs venv harness-bin
	$(HARNESS_BIN) pymongo --workers $(PYMONGO_WORKERS) --out $(CONFORMANCE_DIR)/pymongo.json

# Regenerate specs/pymongo-client-only.txt (tests that pass with no server).
pymongo-client-only: specs venv harness-bin
	$(HARNESS_BIN) client-only --workers $(PYMONGO_WORKERS)

conformance-compare: harness-bin
	@test -n "$(A)" && test -n "$(B)" || { echo "usage: make conformance-compare A=<results> B=<results>" >&2; exit 2; }
	$(HARNESS_BIN) compare $(A) $(B)
