# SecantusDB — build, run and test. `make run` and `make test` work on a fresh
# machine: they install what is missing (Debian packages to build WiredTiger,
# a Python virtualenv for the conformance harness) before doing their work.

CARGO ?= cargo
SERVER_BIN := target/debug/secantusdb-rs
RELEASE_BIN := target/release/secantusdb-rs
# `make install` puts secantusdb-rs and a `mongod` link to it in $(PREFIX)/bin.
PREFIX ?= $(HOME)/.local
HOST ?= 127.0.0.1
PORT ?= 27017
STORAGE ?= ./secantus-data
APT_PACKAGES := automake autoconf libtool rsync libclang-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps node build server-bin release-bin startup-order run install test unit-test client-tests python-test npm-test check lint structure fmt clippy bench bench-more soak fuzz clean-data

all: build

# Debian packages WiredTiger's bundled build needs (wiredtiger-sys runs
# autotools and bindgen). Installed only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# Node.js and npm for the mongodb-memory-server test (tests-npm/), from
# Debian's packages when `node` is missing.
node:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { \
	  echo "installing: nodejs npm"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }

build: deps
	$(CARGO) build --workspace

server-bin: deps
	$(CARGO) build -p secantusdb --bin secantusdb-rs

release-bin: deps
	$(CARGO) build --release -p secantusdb --bin secantusdb-rs

# Rewrites server/link/startup-order.txt, the functions a start, a
# handshake and an idle second run, which the release link places together
# (see server/build.rs); needs valgrind. Rebuild the release binary after.
startup-order: release-bin
	@command -v valgrind >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq valgrind; }
	python3 scripts/startup-order.py $(RELEASE_BIN)

# Runs the release build in the foreground on $(HOST):$(PORT) with data in
# $(STORAGE), with mongod's flags (its log goes to standard output).
run: release-bin
	$(RELEASE_BIN) --bind_ip $(HOST) --port $(PORT) --dbpath $(STORAGE)

# Installs the release build as $(PREFIX)/bin/secantusdb-rs, and a
# `mongod` link to it for tools that look for mongod by name.
install: release-bin
	install -d $(PREFIX)/bin
	install -m 755 $(RELEASE_BIN) $(PREFIX)/bin/secantusdb-rs
	ln -sf secantusdb-rs $(PREFIX)/bin/mongod
	@echo "installed $(PREFIX)/bin/secantusdb-rs and $(PREFIX)/bin/mongod"

# The lints (formatting, clippy, the floors and file sizes), unit and
# integration tests, then the quick conformance subset with the ratchet
# against the committed reports/results.tsv (specs/README.md).
test: deps lint
	$(CARGO) test --workspace
	$(MAKE) client-tests
	$(MAKE) conformance-check

# The ephemeral-server clients in other languages, on the debug binary
# `cargo test` built (harness-bin builds with `cargo test`'s package
# selection, so nothing is compiled again; `server-bin`'s `-p` selection
# would resolve other features and rebuild WiredTiger): the Python package's pytest suite (python/) and
# mongodb-memory-server from npm running a node:test file (tests-npm/).
client-tests: python-test npm-test

python-test: harness-bin
	scripts/python-package-test.sh $(SERVER_BIN)

npm-test: harness-bin node
	bash tests-npm/run.sh $(abspath $(SERVER_BIN))

unit-test: deps
	$(CARGO) test --workspace

check: lint

# Formatting, clippy (warnings are errors; functions over 120 lines are
# refused, see clippy.toml) and the architecture's floors and file sizes.
lint: fmt structure clippy

structure:
	python3 scripts/check-structure.py

fmt:
	$(CARGO) fmt --all -- --check

clippy: deps
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# Reliability at full size (server/tests/soak.rs with SOAK_FULL=1, release
# build): 100 kill -9 cycles, 1,000,000 mutated frames, 1,000 connections,
# 100 stops under load; the figures go to reports/reliability.md. CI runs
# the same tests at a small size as part of `make test`.
SOAK_OUT := $(abspath target/soak-report.txt)
soak: deps
	rm -f $(SOAK_OUT)
	SOAK_FULL=1 SOAK_REPORT=$(SOAK_OUT) $(CARGO) test --release -p secantusdb --test soak -- --nocapture --test-threads 1
	{ echo "# Reliability (make soak)"; echo; \
	  echo "Measured $$(date -u +%Y-%m-%d) at $$(git rev-parse --short HEAD) on $$(nproc) cores; release build; server/tests/soak.rs at full size."; echo; \
	  sed 's/^/- /' $(SOAK_OUT); } > reports/reliability.md
	cat reports/reliability.md

# The load generator (bench/; reports/bench.md and reports/bench.json):
# every workload through the official Rust driver and a raw OP_MSG client,
# at concurrency 1 and 16, on the release build. BASELINE_BIN= an older
# build (started the same way) or BASELINE_URI= a running server is measured
# in the same run, alternating; BENCH_QUICK=1 runs the two-minute profile
# (to target/bench/). Then the start-up benchmark (reports/bench-startup.md:
# exec to first ping, stop, idle RSS, empty store size).
# cargo runs a package's benchmarks in the package's folder: a relative
# BASELINE_BIN is made absolute first.
BASELINE_ENV = $(if $(BASELINE_BIN),BASELINE_BIN=$(abspath $(BASELINE_BIN)))

bench: deps release-bin
	BENCH_BIN=$(RELEASE_BIN) $(BASELINE_ENV) $(CARGO) run --profile bench-tool -p secantus-bench --bin secantus-bench
	BENCH_BIN=$(RELEASE_BIN) $(BASELINE_ENV) $(CARGO) run --profile bench-tool -p secantus-bench --bin secantus-startup-bench

# The older focused benchmarks: in-process queries over 1 M documents, the
# change streams' cost (reports/bench-change-streams.md) and the write
# concern's (reports/bench-write-concern.md); BASELINE_BIN= as above.
bench-more: deps
	$(BASELINE_ENV) $(CARGO) bench -p secantusdb --bench queries
	$(BASELINE_ENV) $(CARGO) bench -p secantusdb --bench change_streams
	$(BASELINE_ENV) $(CARGO) bench -p secantusdb --bench write_concern

# The coverage-guided wire fuzzer (fuzz/, libFuzzer): the whole request
# path of an in-process server, seeded with frames captured from pymongo
# (scripts/capture-frames.py) and hand-made deep nesting. Built with the
# stable toolchain's coverage instrumentation; FUZZ_TIME seconds (default
# 600); new inputs go to target/fuzz/corpus-wire, crashes to target/fuzz/.
# `cargo fuzz run wire` in fuzz/ does the same where cargo-fuzz is installed.
FUZZ_TIME ?= 600
FUZZ_TRIPLE := $(shell rustc -vV 2>/dev/null | sed -n 's/^host: //p')
FUZZ_RUSTFLAGS := --cfg fuzzing -Cpasses=sancov-module \
	-Cllvm-args=-sanitizer-coverage-level=4 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
	-Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares \
	-Cdebug-assertions -Coverflow-checks
fuzz: deps
	cd fuzz && RUSTFLAGS="$(FUZZ_RUSTFLAGS)" CARGO_TARGET_DIR=$(abspath target/fuzz) \
	  $(CARGO) build --release --target $(FUZZ_TRIPLE) --bin wire
	mkdir -p target/fuzz/corpus-wire
	target/fuzz/$(FUZZ_TRIPLE)/release/wire target/fuzz/corpus-wire fuzz/corpus/wire \
	  -max_total_time=$(FUZZ_TIME) -timeout=30 -rss_limit_mb=8192 \
	  -artifact_prefix=$(abspath target/fuzz)/

clean-data:
	rm -rf $(STORAGE)

-include harness.mk
