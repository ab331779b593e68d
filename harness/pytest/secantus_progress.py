"""pytest plugin used by the SecantusDB harness: a progress line on stderr
every 30 seconds (and at the end) with tests done out of collected and an
estimate of the time left, so a long shard shows where it is."""

import sys
import time

INTERVAL_S = 30


class Progress:
    def __init__(self):
        self.total = 0
        self.done = 0
        self.start = time.monotonic()
        self.last = self.start

    def pytest_collection_finish(self, session):
        self.total = len(session.items)
        self.start = self.last = time.monotonic()

    def pytest_runtest_logfinish(self, nodeid, location):
        self.done += 1
        now = time.monotonic()
        if now - self.last < INTERVAL_S and self.done != self.total:
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-6)
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        sys.stderr.write(
            f"progress: {self.done}/{self.total} tests, "
            f"{(now - self.start) / 60:.1f} min so far, ~{left / 60:.1f} min left\n"
        )
        sys.stderr.flush()


def pytest_configure(config):
    config.pluginmanager.register(Progress(), "secantus-progress")
