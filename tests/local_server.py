"""A web server on 127.0.0.1 for one test: the subscriber, the article site or the editor's page
that the code under test talks to, never the internet."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# shutdown() waits for serve_forever's next look at its stop flag, every 0.5 s by default: half
# a second at the end of every test that serves pages, 20 s of the suite's time in all.
POLL_SECONDS = 0.01


@contextmanager
def serving(handler: Callable[..., BaseHTTPRequestHandler] | Any) -> Iterator[str]:
    """Serve `handler` (a request handler class, or a partial of one) on a free port in a
    thread; yields the base URL, "http://127.0.0.1:<port>", and stops the server afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
