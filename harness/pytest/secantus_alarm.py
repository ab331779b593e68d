"""pytest plugin used by the SecantusDB harness when it runs pymongo's suite.

test_client.py's interrupt-signal test arms SIGALRM and relies on a slow
`$where` to be interrupted. If the server rejects the query at once, the alarm
stays armed and later kills the whole pytest session. Cancel any stray alarm
once each test (including its teardown) has finished.
"""

import signal


def pytest_runtest_logfinish(nodeid, location):
    signal.alarm(0)
    signal.setitimer(signal.ITIMER_REAL, 0)
