"""A Virtuoso server of the tests' own: its database in a folder, both ports on loopback.

Debian's defaults would truncate results at 10,000 rows (``ResultSetMaxRows``) without
saying so; this instance raises the limit. A fresh database's ``dba`` password is ``dba``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "dba", "dba"
SKIP_VARIABLE = "SCHOLARGRAPH_SKIP_VIRTUOSO"

_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {folder}
NumberOfBuffers = 20000
MaxDirtyBuffers = 12000
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 3600
MaxQueryCostEstimationTime = 0
"""


@dataclass(frozen=True)
class Virtuoso:
    """A running instance: its SPARQL endpoint and Graph Store Protocol service (digest auth)."""

    base: str
    folder: Path

    @property
    def endpoint(self) -> str:
        return f"{self.base}/sparql"

    @property
    def update_endpoint(self) -> str:
        return f"{self.base}/sparql-auth"

    @property
    def graph_store(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ready(endpoint: str) -> bool:
    query = urllib.parse.urlencode({"query": "ASK { }"})
    try:
        with urllib.request.urlopen(f"{endpoint}?{query}", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def running_virtuoso(folder: Path, start_timeout: float = 120.0) -> Iterator[Virtuoso]:
    """Start ``virtuoso-t`` on a database in ``folder``; stop it afterwards.

    Fails the test when Virtuoso is not installed (``tests/install-system-deps``), unless
    ``SCHOLARGRAPH_SKIP_VIRTUOSO=1`` asks to skip.
    """
    binary = shutil.which("virtuoso-t")
    if binary is None:
        if os.environ.get(SKIP_VARIABLE) == "1":
            pytest.skip(f"virtuoso-t is not installed and {SKIP_VARIABLE}=1")
        pytest.fail(f"virtuoso-t is not installed: run tests/install-system-deps (or set {SKIP_VARIABLE}=1 to skip)")
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_INI.format(folder=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = (folder / "stdout.log").open("wb")
    process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    server = Virtuoso(f"http://127.0.0.1:{http_port}", folder)
    try:
        deadline = time.monotonic() + start_timeout
        while not _ready(server.endpoint):
            if process.poll() is not None or time.monotonic() > deadline:
                output = (folder / "stdout.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"Virtuoso did not start (exit code {process.poll()}):\n{output}")
            time.sleep(0.5)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
