"""Start the Streamlit server that serves the page, on localhost only."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import NoReturn

#: The Streamlit script of the page.
PAGE = Path(__file__).with_name("page.py")
#: Where the page is served: this machine only.
ADDRESS = "localhost"


def streamlit_command(port: int) -> list[str]:
    """The command that serves the page on http://localhost:PORT: headless, no usage statistics, no file watcher,
    and no error details in the page (expected errors are shown by the page itself)."""
    return [sys.executable, "-m", "streamlit", "run", str(PAGE),
            "--server.port", str(port), "--server.address", ADDRESS, "--server.headless", "true",
            "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
            "--client.showErrorDetails", "none", "--client.toolbarMode", "viewer"]


def port_in_use(port: int) -> bool:
    """Whether something on this machine already listens on ``port`` of localhost."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def launch(port: int) -> NoReturn:
    """Serve the page until interrupted: this process becomes the Streamlit server (so stopping it stops the
    server, with no server left behind)."""
    command = streamlit_command(port)
    os.execv(command[0], command)
