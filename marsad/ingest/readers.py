"""Readers: turn paths (files, folders, ``-``) into a stream of :class:`RawInput`.

Formats: HTML, plain text, JSON Lines (``.jsonl``/``.ndjson``, ``.gz`` too) with
``{"id","url","published","title","text"|"html"}``, WARC/WARC.gz (HTML response records, warcio),
RSS/Atom feeds (feedparser). Everything is streamed: a JSON Lines or WARC file is read record by
record, never held whole in memory. A reader never raises for bad content: it yields a RawInput
carrying the error, so the batch goes on and the failure is recorded.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.ingest.limits import MAX_INPUT_BYTES
from marsad.ingest.raw import RawInput

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def iter_inputs(paths: Iterable[str], stdin: io.BufferedReader | None = None) -> Iterator[RawInput]:
    """Every input under ``paths`` (folders recursively, in sorted order; ``-`` is standard input)."""
    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read(MAX_INPUT_BYTES + 1)
            yield from _from_bytes("<stdin>", data, rereadable=False)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file() and not x.name.startswith(".")):
                yield from iter_file(f)
        elif path.exists():
            yield from iter_file(path)
        else:
            yield RawInput(str(path), error=("missing", f"no such file or folder: {path}"))


def iter_file(path: Path) -> Iterator[RawInput]:
    """The inputs held in one file."""
    name = path.name.lower()
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield RawInput(source, error=("unreadable", str(exc)))
        return
    if name.endswith(JSONL_SUFFIXES):
        yield from iter_jsonl(path)
    elif name.endswith(WARC_SUFFIXES):
        yield from iter_warc(path)
    elif size > MAX_INPUT_BYTES:
        yield RawInput(source, error=("oversized", f"{size} bytes is over the {MAX_INPUT_BYTES}-byte limit"),
                       rereadable=True)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield RawInput(source, error=("unreadable", str(exc)), rereadable=True)
            return
        if name.endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                yield RawInput(source, data, error=("truncated", f"bad gzip data: {exc}"), rereadable=True)
                return
        kind = "html" if name.endswith(HTML_SUFFIXES) else "text" if name.endswith(".txt") else "auto"
        yield from _from_bytes(source, data, kind=kind, rereadable=True, feed_hint=name.endswith(FEED_SUFFIXES))


def _from_bytes(source: str, data: bytes, kind: str = "auto", rereadable: bool = False,
                feed_hint: bool = False) -> Iterator[RawInput]:
    if len(data) > MAX_INPUT_BYTES:
        yield RawInput(source, error=("oversized", f"over the {MAX_INPUT_BYTES}-byte limit"), rereadable=rereadable)
        return
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        yield from iter_warc_stream(source, io.BytesIO(data))
    elif head.startswith(b"{") and kind == "auto":
        yield from _jsonl_lines(source, io.BytesIO(data))
    elif feed_hint or (kind == "auto" and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)):
        yield from iter_feed(source, data)
    else:
        yield RawInput(source, data, kind=kind, rereadable=rereadable)


def iter_jsonl(path: Path) -> Iterator[RawInput]:
    """Records of a JSON Lines file, streamed line by line (``.gz`` too)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from _jsonl_lines(str(path), fh)
    except (OSError, EOFError, zlib.error) as exc:
        yield RawInput(f"{path}#end", error=("truncated", f"file ends early or is corrupt: {exc}"))


def _jsonl_lines(source: str, fh) -> Iterator[RawInput]:
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        src = f"{source}#L{lineno}"
        if len(line) > MAX_INPUT_BYTES:
            yield RawInput(src, error=("oversized", f"record over the {MAX_INPUT_BYTES}-byte limit"))
            continue
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            reason = "truncated" if not line.rstrip().endswith(b"}") else "invalid_json"
            yield RawInput(src, line, error=(reason, f"line {lineno} is not a JSON object: {exc.msg if hasattr(exc, 'msg') else exc}"))
            continue
        if not isinstance(rec, dict):
            yield RawInput(src, line, error=("invalid_json", f"line {lineno} is not a JSON object"))
            continue
        yield record_input(src, rec, line)


def record_input(source: str, rec: dict, raw_line: bytes | None = None) -> RawInput:
    """A RawInput from a JSON record with ``text`` or ``html``."""
    meta = {k: rec.get(k) for k in ("id", "url", "published", "title", "site", "author") if rec.get(k) is not None}
    meta["record"] = True
    if isinstance(rec.get("html"), str):
        return RawInput(source, rec["html"].encode("utf-8", "surrogatepass"), kind="html", meta=meta)
    if isinstance(rec.get("text"), str):
        return RawInput(source, rec["text"].encode("utf-8", "surrogatepass"), kind="text", meta=meta)
    return RawInput(source, raw_line or b"", meta=meta, error=("no_text", 'record has neither "text" nor "html"'))


def iter_warc(path: Path) -> Iterator[RawInput]:
    try:
        with open(path, "rb") as fh:
            yield from iter_warc_stream(str(path), fh)
    except OSError as exc:
        yield RawInput(str(path), error=("unreadable", str(exc)))


def iter_warc_stream(source: str, fh) -> Iterator[RawInput]:
    """HTML response records of a WARC stream (warcio), in order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            src = f"{source}#{record.rec_headers.get_header('WARC-Record-ID') or n}"
            if "html" not in ctype.lower() and "text" not in ctype.lower():
                continue
            try:
                body = record.content_stream().read(MAX_INPUT_BYTES + 1)
            except (OSError, EOFError, zlib.error) as exc:
                yield RawInput(src, error=("truncated", f"WARC record cut short: {exc}"))
                return
            if getattr(record.raw_stream, "limit", 0) > 0 and len(body) <= MAX_INPUT_BYTES:
                # the record's declared length was not all there: the archive is cut short
                yield RawInput(src, error=("truncated", f"WARC record cut short: {record.raw_stream.limit} bytes missing"))
                return
            if len(body) > MAX_INPUT_BYTES:
                yield RawInput(src, error=("oversized", "WARC record over the size limit"))
                continue
            meta = {"url": uri}
            wdate = record.rec_headers.get_header("WARC-Date")
            if wdate:
                meta["crawled"] = wdate
            charset = _charset_of(ctype)
            if charset:
                meta["charset"] = charset
            yield RawInput(src, body, kind="html", meta=meta)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield RawInput(f"{source}#after{n}", error=("truncated", f"WARC archive unreadable after record {n}: {exc}"))


def _charset_of(content_type: str) -> str | None:
    for part in content_type.split(";"):
        part = part.strip()
        if part.lower().startswith("charset="):
            return part.split("=", 1)[1].strip("\"' ")
    return None


def iter_feed(source: str, data: bytes) -> Iterator[RawInput]:
    """Items of an RSS/Atom feed; an item's content (or summary) is its article HTML."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        # Not a feed after all (or an empty one): treat as a page.
        if parsed.bozo and not parsed.feed:
            yield RawInput(source, data, kind="auto", rereadable=True)
        else:
            yield RawInput(source, data, error=("no_text", "feed has no items"), rereadable=True)
        return
    site = parsed.feed.get("title")
    for i, e in enumerate(parsed.entries, 1):
        html = ""
        if e.get("content"):
            html = max((c.get("value", "") for c in e.content), key=len)
        html = html or e.get("summary", "") or e.get("description", "")
        meta = {"url": e.get("link"), "title": e.get("title"), "site": site, "record": True}
        if e.get("author"):
            meta["author"] = e.get("author")
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        if stamp:
            meta["published"] = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
        if e.get("id"):
            meta["guid"] = e.get("id")
        src = f"{source}#item{i}"
        yield RawInput(src, html.encode("utf-8"), kind="html", meta={k: v for k, v in meta.items() if v})


def reread(source: str) -> list[RawInput]:
    """Read a failed source again (a plain file path); records are re-read from their payload instead."""
    if "#" in source and not os.path.exists(source):
        base = source.split("#", 1)[0]
        return [r for r in iter_file(Path(base)) if r.source == source]
    return list(iter_file(Path(source)))
