"""Commands of report merging: ``marsad events split EVENT_ID`` and ``marsad eval dedup``."""

from __future__ import annotations

import click

from marsad.cli_core import DB_OPTION, open_store
from marsad.cli_core import events as events_group
from marsad.cli_eval import eval_group


@events_group.command("split")
@click.argument("event_id")
@DB_OPTION
def split(event_id: str, db: str) -> None:
    """Split a merged event into one event per report; they are never merged again."""
    from marsad.dedup.merge import EventMerger

    store = open_store(db)
    merger = store.event_writer
    if not isinstance(merger, EventMerger):
        merger = EventMerger(store)
    ids = merger.split(event_id)
    click.echo(f"split {event_id} into {len(ids)} events: {' '.join(ids)}")


@eval_group.command("dedup")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--news", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of SaudiNewsNet daily zips the gold ids point into.")
@click.option("--distractors", default=0, show_default=True, help="Extra articles per day (the first N of each day).")
@click.option("--json", "as_json", is_flag=True)
def eval_dedup(gold: str, news: str, distractors: int, as_json: bool) -> None:
    """Pair recall and look-alike rate of merged events on a dedup gold file (dedup-dev.json form)."""
    import json

    from marsad.dedup.evaluate import evaluate, report_lines

    res = evaluate(gold, news, distractors=distractors)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        for line in report_lines(res):
            click.echo(line)


COMMANDS: list = []
