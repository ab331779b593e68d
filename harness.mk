# Conformance harness targets; the root Makefile includes this file.
# Relies on CARGO, SERVER_BIN and the deps target from the root Makefile.
#
#   make specs               fetch and verify the pinned sources (pymongo sdist) into target/specs
#   make venv                the virtualenv for pymongo's suite (target/pymongo-venv)
#   make conformance         both suites, rewrites reports/ (about 30 min); refuses when a
#                            test regressed against reports/results.tsv (ACCEPT_REGRESSIONS=1
#                            records them anyway, named in the report's headline)
#   make conformance-quick   the fixed subset in specs/quick.txt, reports/ untouched
#   make conformance-check   the quick subset + fail on any regression against reports/results.tsv
#
# TARGET=mongodb://host:port runs both suites against that server instead of
# ephemeral ones (one worker, so cases do not share it concurrently).

TARGET ?=
PYMONGO_WORKERS ?= 2
UNIFIED_THREADS ?= 2
HARNESS_BIN := target/debug/secantus-harness
CONFORMANCE_DIR := target/conformance
QUICK_DIR := target/conformance-quick

ifneq ($(strip $(TARGET)),)
UNIFIED_THREADS := 1
PYMONGO_WORKERS := 1
endif

export SECANTUS_TARGET := $(TARGET)
ACCEPT_REGRESSIONS ?=
export ACCEPT_REGRESSIONS
export SECANTUS_SERVER_BIN := $(abspath $(SERVER_BIN))

.PHONY: specs venv harness-bin conformance conformance-quick conformance-check \
	conformance-unified conformance-pymongo pymongo-client-only

specs:
	scripts/fetch-specs.sh

venv: specs
	scripts/pymongo-venv.sh

# The server, the harness and the unified runner, built by one
# `cargo test --workspace --no-run` (scripts/build-harness.sh says why).
harness-bin: deps
	CARGO=$(CARGO) scripts/build-harness.sh

UNIFIED_RUNNER = $$(cat target/unified-runner.path)

# $(1): results directory, $(2): extra environment for the unified runner,
# $(3): extra arguments for the pymongo runner.
define run_suites
	@rm -rf $(1) && mkdir -p $(1)
	@echo "== unified spec tests (results in $(1)/unified.json)"
	-SECANTUS_UNIFIED=1 SECANTUS_RESULTS=$(abspath $(1))/unified.json $(2) \
		$(UNIFIED_RUNNER) --test-threads $(UNIFIED_THREADS)
	@test -f $(1)/unified.json || { echo "unified runner wrote no results" >&2; exit 1; }
	@echo "== pymongo suite (results in $(1)/pymongo.json)"
	$(HARNESS_BIN) pymongo --workers $(PYMONGO_WORKERS) --out $(1)/pymongo.json $(3)
endef

conformance: specs venv harness-bin
	$(call run_suites,$(CONFORMANCE_DIR),,)
	$(HARNESS_BIN) report --unified $(CONFORMANCE_DIR)/unified.json --pymongo $(CONFORMANCE_DIR)/pymongo.json --out reports

conformance-quick: specs venv harness-bin
	$(call run_suites,$(QUICK_DIR),SECANTUS_UNIFIED_SUBSET=quick,--quick)

conformance-check: conformance-quick
	$(HARNESS_BIN) check --quick $(QUICK_DIR)/unified.json $(QUICK_DIR)/pymongo.json

# Only the unified suite / only pymongo, into target/conformance (no report).
conformance-unified: specs harness-bin
	-SECANTUS_UNIFIED=1 SECANTUS_RESULTS=$(abspath $(CONFORMANCE_DIR))/unified.json \
		$(UNIFIED_RUNNER) --test-threads $(UNIFIED_THREADS)

conformance-pymongo: specs venv harness-bin
	$(HARNESS_BIN) pymongo --workers $(PYMONGO_WORKERS) --out $(CONFORMANCE_DIR)/pymongo.json

# Regenerate specs/pymongo-client-only.txt (tests that pass with no server).
pymongo-client-only: specs venv harness-bin
	$(HARNESS_BIN) client-only --workers $(PYMONGO_WORKERS)
