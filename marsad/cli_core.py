"""Core commands: ingest, process, stats, failures, retry, events, search, export."""

from __future__ import annotations

import json
import sys

import click

from marsad.errors import MarsadError

DB_OPTION = click.option("--db", default="marsad.db", envvar="MARSAD_DB", show_default=True,
                         help="SQLite file or postgresql:// URL.")


def _date(ctx, param, value):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def open_store(db: str):
    from marsad.store import Store

    return Store(db)


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs that have none.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256), help="Worker processes (Dask).")
@click.option("--scheduler", default=None, help="Address of an existing Dask scheduler (tcp://HOST:8786).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths, db, published, workers, scheduler, progress, as_json):
    """Ingest files, folders, JSON Lines, WARC, RSS/Atom or - (stdin) into the database."""
    from marsad.ingest import ingest as run

    store = open_store(db)
    summary = run(paths, store, published=published, workers=workers, scheduler=scheduler, progress=progress)
    if as_json:
        click.echo(_dump(summary.as_dict()))
    else:
        click.echo(f"coded {summary.coded}, not Arabic {summary.not_arabic}, duplicates {summary.duplicates}, "
                   f"already stored {summary.skipped}, failed {summary.failed}; events {summary.events}")


@click.command()
@click.argument("path")
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs that have none.")
@click.option("--format", "fmt", type=click.Choice(["plover", "json"]), default="plover", show_default=True)
def process(path, published, fmt):
    """Process PATH without a database; write PLOVER events (or the annotated documents) to stdout."""
    from marsad.ingest import process_inputs
    from marsad.plover import document_records

    failed = 0
    for raw, doc, failure in process_inputs([path], published):
        if failure:
            failed += 1
            click.echo(f"marsad: skipped {raw.source}: {failure[0]}: {failure[1]}", err=True)
            continue
        if doc is None:
            continue
        if fmt == "json":
            click.echo(json.dumps(doc.to_dict(), ensure_ascii=False))
        else:
            for rec in document_records(doc):
                click.echo(json.dumps(rec, ensure_ascii=False))
    if failed and failed == 1 and path != "-" and not _is_container(path):
        sys.exit(1)


def _is_container(path: str) -> bool:
    import os

    return os.path.isdir(path) or path.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson", ".warc", ".warc.gz", ".rss", ".atom", ".xml"))


@click.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True)
def stats(db, as_json):
    """Counts of documents, events, actors and failures."""
    s = open_store(db).stats()
    if as_json:
        click.echo(_dump(s))
    else:
        for k, v in s.items():
            click.echo(f"{k:>14}  {v}")


@click.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True)
@click.option("--all", "include_resolved", is_flag=True, help="Include failures a retry has resolved.")
def failures(db, as_json, include_resolved):
    """Inputs that could not be processed, with their reasons."""
    rows = open_store(db).failures(include_resolved=include_resolved)
    if as_json:
        click.echo(_dump(rows))
        return
    if not rows:
        click.echo("no failures")
    for r in rows:
        click.echo(f"{r['reason']:<12} {r['source']}  ({r['message']}; attempts {r['attempts']})")


@click.command()
@DB_OPTION
@click.option("--published", callback=_date)
@click.option("--progress/--no-progress", default=None)
def retry(db, published, progress):
    """Run every recorded failure again; those that now succeed are resolved."""
    from marsad.ingest import retry as run

    summary = run(open_store(db), published=published, progress=progress)
    click.echo(f"retried: coded {summary.coded}, not Arabic {summary.not_arabic}, duplicates {summary.duplicates}, "
               f"still failing {summary.failed}")


@click.group(invoke_without_command=True)
@DB_OPTION
@click.option("--actor", help="Actor id, Latin or Arabic name (spelling variants match).")
@click.option("--type", "etype", help="PLOVER event type, e.g. CONSULT.")
@click.option("--since", callback=_date)
@click.option("--until", callback=_date)
@click.option("--limit", type=int, default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--show-sources", is_flag=True, help="List every report of each event and why they were merged.")
@click.pass_context
def events(ctx, db, actor, etype, since, until, limit, fmt, show_sources):
    """List stored events (one line per real-world event)."""
    if ctx.invoked_subcommand:
        return
    from marsad.plover import stored_record

    store = open_store(db)
    rows = store.events(actor=actor, type=etype, since=since, until=until, limit=limit)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(stored_record(r), ensure_ascii=False))
    elif fmt == "csv":
        import csv

        from marsad.export import CSV_COLUMNS, _flat

        w = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow(_flat(stored_record(r)))
    else:
        if not rows:
            click.echo("no events")
        for r in rows:
            def names(ents):
                return ", ".join((e.get("identifier_text") or e.get("entity_text") or "?") for e in ents) or "-"

            place = r.get("place") or "-"
            mode = ",".join(r.get("mode") or []) or "-"
            click.echo(f"{r['id']}  {r.get('date') or '????-??-??'}  {r['type']:<9} {mode:<10} "
                       f"{names(r['actors'])} → {names(r['recipients'])}  @ {place}  [{r.get('status')}; "
                       f"{len(r['sources'])} report(s)]")
            if show_sources:
                for s in r["sources"]:
                    why = s.get("merge_reason")
                    click.echo(f"    ↳ {s['doc_id']} {s.get('url') or ''} {s.get('publication') or ''}"
                               + (f"  merged: {json.dumps(why, ensure_ascii=False)}" if why else "  first report"))
                if r.get("merge_info"):
                    click.echo(f"    merge info: {json.dumps(r['merge_info'], ensure_ascii=False)}")


@click.command()
@DB_OPTION
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def search(db, query, limit, as_json):
    """Full-text search; finds Arabic spelling variants (hamza, ى/ي, ة/ه, diacritics, clitics)."""
    rows = open_store(db).search(query, limit=limit)
    if as_json:
        click.echo(_dump(rows))
        return
    if not rows:
        click.echo("no matches")
    for r in rows:
        click.echo(f"{r['id']}  {r.get('published') or ''}  {r.get('title') or ''}\n    {r['snippet']}")


@click.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["plover", "csv", "parquet", "graphml", "geojson"]),
              default="plover", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
def export(db, fmt, output):
    """Export events: PLOVER JSON Lines, CSV, Parquet, GraphML (actor network) or GeoJSON."""
    from marsad.export import BINARY_FORMATS, write_export

    store = open_store(db)
    if fmt in BINARY_FORMATS:
        if not output:
            raise MarsadError(f"--format {fmt} needs -o FILE")
        with open(output, "wb") as fh:
            n = write_export(store, fmt, fh)
    elif output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            n = write_export(store, fmt, fh)
    else:
        n = write_export(store, fmt, sys.stdout)
    if output:
        click.echo(f"wrote {n} records to {output}", err=True)


@click.command()
@DB_OPTION
@click.option("--status", type=click.Choice(["coded", "not_arabic", "duplicate"]))
@click.option("--json", "as_json", is_flag=True)
def documents(db, status, as_json):
    """List stored documents (id, date, status, title)."""
    store = open_store(db)
    rows = store.documents(status=status)
    if as_json:
        click.echo(_dump(rows))
        return
    counts = store.event_counts_by_document() if hasattr(store, "event_counts_by_document") else {}
    for r in rows:
        dup = f" (copy of {r['duplicate_of']})" if r.get("duplicate_of") else ""
        n = counts.get(r["id"])
        ev = f"  {n} event(s)" if n is not None else ""
        click.echo(f"{r['id']}  {r.get('published') or '----------'}  {r['status']:<10}{dup}{ev}  "
                   f"{r.get('title') or r.get('source') or ''}")


COMMANDS = [documents, ingest, process, stats, failures, retry, events, search, export]
