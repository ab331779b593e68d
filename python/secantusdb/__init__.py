"""Run SecantusDB, a MongoDB-wire-compatible server, from Python and pytest.

    from secantusdb import SecantusServer

    with SecantusServer() as server:
        server.client().admin.command("ping")

The package starts an already-built ``secantusdb-rs`` binary (see
:func:`find_binary`); it does not compile it.
"""

from ._binary import BinaryNotFoundError, find_binary
from ._server import ServerStartError, SecantusServer

__all__ = [
    "BinaryNotFoundError",
    "SecantusServer",
    "ServerStartError",
    "find_binary",
]
__version__ = "0.1.0"
