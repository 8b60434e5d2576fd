"""Shared fixtures: paths to the bundled examples and ../shared, a fresh store, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEED = EXAMPLES / "hammouchi-haines-2022-09-20.txt"
CNN = EXAMPLES / "cnn-arabic-2013-syria.html"
ASSABAH = EXAMPLES / "assabah-2020-sudan.html"
MARSAD = [sys.executable, "-m", "marsad.cli"]


@pytest.fixture
def store(tmp_path):
    from marsad.store import Store

    s = Store(str(tmp_path / "test.db"))
    yield s
    s.close()


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None, check: bool = True
            ) -> subprocess.CompletedProcess:
    """Run the real ``marsad`` command line in a subprocess."""
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run([*MARSAD, *args], input=input, capture_output=True, cwd=cwd, env=env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"marsad {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return proc


# -- serving: seed databases on SQLite and a real embedded PostgreSQL, the served app ---------------
from serving_support import empty_db, seed_postgres, seed_sqlite, served  # noqa: E402,F401
