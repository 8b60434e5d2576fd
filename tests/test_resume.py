"""A real ``marsad ingest`` killed with SIGKILL resumes with the same command to the same database."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _articles(day: str, n: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("make_bench_data", ROOT / "scripts" / "make_bench_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.articles(day, limit=n))


def big_input(path: Path, n: int) -> None:
    """``n`` SaudiNewsNet articles (from two days), with an exact copy and a broken line among them."""
    recs = _articles("2015-07-24", n // 2) + _articles("2015-07-25", n - n // 2)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    lines.insert(n // 3, json.dumps(dict(recs[2], id="copy-of-2"), ensure_ascii=False))
    lines.insert(n // 2, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def command(data: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "ingest", str(data), "--db", str(db), "--workers", str(workers),
            "--json", "--no-progress"]


def run(cmd: list[str], cwd: Path) -> dict:
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout)


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def snapshot(db: Path, cwd: Path) -> dict:
    store = Store(str(db))
    docs = {d["id"]: (d["status"], d["duplicate_of"]) for d in store.documents()}
    fails = sorted((f["source"].rsplit("/", 1)[-1], f["reason"]) for f in store.failures())
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "export", "--db", str(db), "--format", "plover"],
                       cwd=cwd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    events = sorted(json.dumps({k: v for k, v in json.loads(line).items() if "created" not in k}, sort_keys=True,
                               ensure_ascii=False) for line in r.stdout.splitlines() if line.strip())
    return {"stats": store.stats(), "docs": docs, "failures": fails, "events": events}


def kill_midway(cmd: list[str], db: Path, cwd: Path, at_least: int) -> int:
    """Start ``cmd``, SIGKILL it once ``at_least`` documents are stored; returns how many were."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while stored_count(db) < at_least:
            assert proc.poll() is None, "the run ended before it could be killed: make the input bigger"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # only the main process, as the OOM killer would
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
    finally:
        try:  # worker processes a killed parent leaves behind
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return stored_count(db)


def check_resume(tmp_path: Path, workers: int, n: int) -> None:
    data = tmp_path / "big.jsonl"
    big_input(data, n)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    # the uninterrupted run goes alongside the killed one (same code and resources for both)
    uninterrupted = subprocess.Popen(command(data, whole, workers), cwd=tmp_path, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
    stored = kill_midway(command(data, killed, workers), killed, tmp_path, at_least=5)
    assert 5 <= stored < n + 1
    second = run(command(data, killed, workers), tmp_path)
    out, err = uninterrupted.communicate(timeout=900)
    assert uninterrupted.returncode == 0, err[-3000:]
    first = json.loads(out)
    assert first["coded"] == n and first["duplicates"] == 1 and first["failed"] == 1
    # nothing stored before the kill is coded again; everything else is done now
    assert second["skipped"] == stored
    assert second["coded"] + second["duplicates"] + second["not_arabic"] + second["skipped"] == n + 1
    assert snapshot(killed, tmp_path) == snapshot(whole, tmp_path)


@pytest.mark.slow
def test_sigkilled_run_resumes_to_the_same_database(tmp_path: Path) -> None:
    check_resume(tmp_path, workers=1, n=60)


@pytest.mark.slow
def test_sigkilled_distributed_run_resumes_to_the_same_database(tmp_path: Path) -> None:
    check_resume(tmp_path, workers=2, n=80)
