"""``marsad eval events GOLD.jsonl``: score the events stage (with the whole default pipeline)."""

from __future__ import annotations

import json

import click

from marsad.cli_eval import eval_group
from marsad.document import Document
from marsad.errors import PipelineError
from marsad.pipeline import Pipeline, available_stages, get_stage_class


def events_pipeline() -> tuple[Pipeline, list[str]]:
    """The default pipeline; if stages the events stage needs are not installed, the available
    ones with the missing requirements named (events then codes with what it has)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pipe = Pipeline.default()
        except PipelineError:
            pipe = None
    if pipe is not None and "events" in pipe.names:
        return pipe, []
    stages = [get_stage_class(n)() for n in available_stages()]
    have = {"text"}
    missing: list[str] = []
    for st in stages:
        missing += [r for r in st.requires if r not in have and r not in missing]
        have |= set(st.provides)
    return Pipeline(stages, base=["text", *missing]), missing


@eval_group.command("events")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--split", type=click.Choice(["all", "tune", "heldout"]), default="all",
              help="Score only this fixed split of the articles (by id hash).")
@click.option("--news", "news_dir", type=click.Path(file_okay=False), default=None,
              help="SaudiNewsNet zips for gold records stored without text (default ../shared/data/news/saudinewsnet).")
@click.option("--oracle-actors", is_flag=True,
              help="Diagnostics: give the events stage the gold participants as actors.")
def eval_events(gold: str, as_json: bool, split: str, news_dir: str | None, oracle_actors: bool) -> None:
    """Score event coding against GOLD.jsonl (typed/untyped P/R/F1, roles, dates, places).

    Records without ``text`` (annotations of SaudiNewsNet articles kept apart from their text,
    such as eval/events-extra.jsonl) are joined with the corpus zips.
    """
    import os
    from pathlib import Path

    from marsad.events.evaluate import attach_texts, format_report, load_gold, score, split_of
    from marsad.events.evaluate import oracle_actors as add_oracle

    shared = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
    news = news_dir or str(shared / "data" / "news" / "saudinewsnet")
    arts = [a for a in attach_texts(load_gold(gold), news) if split == "all" or split_of(a["id"]) == split]
    byid = {a["id"]: a for a in arts}
    pipe, missing = events_pipeline()
    if missing:
        click.echo(f"marsad: warning: stages providing {missing} are not installed; scoring without them", err=True)

    def run(doc: Document) -> Document:
        if oracle_actors:
            add_oracle(byid[doc.id], doc)
        return pipe(doc)

    res = score(arts, run)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(res))


COMMANDS: list = []
