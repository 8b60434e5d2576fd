"""Commands of the dates/places/quotes area: ``marsad quotes`` and ``marsad eval dates|places|quotes``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli_eval import eval_group
from marsad.errors import InputError


def _pct(x: float) -> str:
    return f"{x:.3f}"


@click.command(name="quotes")
@click.option("--db", default="marsad.db", envvar="MARSAD_DB", show_default=True, help="SQLite file or postgresql:// URL.")
@click.option("--actor", help="Only quotes of this actor (id, or a name/alias fragment).")
@click.option("--limit", type=int, default=None, help="At most this many quotes.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def quotes_cmd(db: str, actor: str | None, limit: int | None, fmt: str) -> None:
    """List stored quotes: speaker, cue and content (optionally of one actor)."""
    from marsad.store import Store

    rows = Store(db).quotes(actor=actor, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    for r in rows:
        who = r.get("speaker_text") or "?"
        if r.get("speaker_actor_id"):
            who += f" [{r['speaker_actor_id']}]"
        click.echo(f"{r['doc_id']}\t{who}\t{r.get('cue') or ''}\t{r['content']}")
    if not rows:
        click.echo("no quotes", err=True)


def _gold_file(path: str) -> Path:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such gold file: {p}")
    return p


def _echo_errors(errors: list, show: bool) -> None:
    """Print every miss as a JSON line when ``--errors`` was given."""
    if show:
        for e in errors:
            click.echo(json.dumps(e, ensure_ascii=False))


@eval_group.command(name="dates")
@click.argument("target")
@click.option("--dct", help="Anchor (YYYY-MM-DD) for TimeML files that state no creation time [default 2015-12-24].")
@click.option("--errors", "show_errors", is_flag=True, help="Print every miss.")
def eval_dates(target: str, dct: str | None, show_errors: bool) -> None:
    """Score dates: TIMEX3 detection and value accuracy on a TimeML DIR (or a .tml file); on an
    events gold .jsonl file, the accuracy of event dates."""
    import datetime as dt

    if target.endswith(".jsonl"):
        from marsad.temporal.eval_events import evaluate_event_dates

        r = evaluate_event_dates(_gold_file(target))
        errors = r.pop("errors")
        click.echo(f"event dates: accuracy {_pct(r['accuracy'])} ({r['correct']}/{r['events_with_date']} gold events "
                   f"with a date); dated {r['false_dates']} of {r['events_without_date']} gold events without one")
    else:
        from marsad.temporal.timeml import DEFAULT_DCT, evaluate, tml_paths

        anchor = dt.date.fromisoformat(dct) if dct else DEFAULT_DCT
        r = evaluate(tml_paths(target), anchor)
        errors = r.pop("errors")
        click.echo(f"TIMEX3 ({r['documents']} documents, {r['gold']} gold, {r['predicted']} predicted): "
                   f"detection P {_pct(r['precision'])} R {_pct(r['recall'])} F1 {_pct(r['f1'])}; "
                   f"value accuracy {_pct(r['value_accuracy'])} over {r['matched']} matched, "
                   f"{_pct(r['value_recall'])} over all gold")
    _echo_errors(errors, show_errors)


@eval_group.command(name="places")
@click.argument("gold")
@click.option("--errors", "show_errors", is_flag=True, help="Print every miss.")
def eval_places(gold: str, show_errors: bool) -> None:
    """Score event places against an events gold .jsonl file (same place / same country)."""
    from marsad.temporal.eval_events import evaluate_event_places

    r = evaluate_event_places(_gold_file(gold))
    errors = r.pop("errors")
    click.echo(f"event places: same place {_pct(r['place_accuracy'])}, same country {_pct(r['country_accuracy'])} "
               f"over {r['events_with_place']} gold events with a place; placed {r['false_places']} of "
               f"{r['events_without_place']} without one")
    _echo_errors(errors, show_errors)


@eval_group.command(name="quotes")
@click.argument("gold")
@click.option("--errors", "show_errors", is_flag=True, help="Print every miss.")
def eval_quotes(gold: str, show_errors: bool) -> None:
    """Score quotes against a gold .jsonl file (recall, speaker, cue, content overlap)."""
    from marsad.quotes.evaluate import evaluate_quotes

    r = evaluate_quotes(_gold_file(gold))
    errors = r.pop("errors")
    click.echo(f"quotes: recall {_pct(r['recall'])} ({r['found']}/{r['gold_quotes']}), speaker agreement "
               f"{_pct(r['speaker_agreement'])}, cue agreement {_pct(r['cue_agreement'])}, content word F1 "
               f"{_pct(r['content_f1'])}; {r['predicted_quotes']} quotes predicted")
    _echo_errors(errors, show_errors)


COMMANDS = [quotes_cmd]
