"""Actor commands: ``marsad transliterate``, ``marsad actors`` (list, merge, split, rename, set,
curations) and ``marsad eval translit``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from marsad.cli_core import DB_OPTION, open_store
from marsad.cli_eval import eval_group
from marsad.errors import InputError


@click.command()
@click.argument("names", nargs=-1)
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False), help="One Arabic name per line.")
def transliterate(names: tuple[str, ...], file: str | None) -> None:
    """Print ``arabic<TAB>latin`` for each Arabic NAME (or each line of --file)."""
    from marsad.actors.translit import transliterate as tr

    items = list(names)
    if file:
        with open(file, encoding="utf-8") as f:
            items += [ln.strip() for ln in f if ln.strip()]
    if not items:
        raise InputError("give names or --file")
    for n in items:
        click.echo(f"{n}\t{tr(n)}")


def _list(db: str, as_json: bool, show_all: bool, limit: int | None) -> None:
    from sqlalchemy import select

    from marsad.store import schema as S

    store = open_store(db)
    q = select(S.actors).order_by(S.actors.c.mention_count.desc(), S.actors.c.id)
    if not show_all:
        q = q.where(S.actors.c.mention_count > 0)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
    out = [{"id": r["id"], "name": r["name"], "name_ar": r["name_ar"], "kind": r["kind"],
            "aliases": r["aliases"] or [], "country": r["country"], "sector": r["sector"],
            "office": r["office"] or [], "mentions": r["mention_count"], "origin": r["origin"],
            "first_seen": r["first_seen"], "last_seen": r["last_seen"]} for r in rows]
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for r in out:
        click.echo("\t".join([r["id"], r["name"] or "", r["name_ar"], r["kind"] or "", r["country"] or "-",
                              r["sector"] or "-", "; ".join(r["office"]) or "-", str(r["mentions"]),
                              " | ".join(r["aliases"])]))


@click.group(invoke_without_command=True)
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.option("--all", "show_all", is_flag=True, help="Include actors with no mention yet.")
@click.option("--limit", type=int, default=None)
@click.pass_context
def actors(ctx: click.Context, db: str, as_json: bool, show_all: bool, limit: int | None) -> None:
    """List actors (id, name, name_ar, kind, country, sector, office, mentions, aliases), or curate them.

    Curations (merge, split, rename, set) are recorded and applied again on every later run.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        _list(db, as_json, show_all, limit)


def _run(ctx: click.Context, db: str | None, fn, *args) -> None:
    store = open_store(db or ctx.obj["db"])
    with store.engine.begin() as conn:
        payload = fn(conn, *args)
    click.echo(json.dumps(payload, ensure_ascii=False))


_SUB_DB = click.option("--db", default=None, help="SQLite file or postgresql:// URL (default: the group's --db).")


@actors.command("merge")
@click.argument("ids", nargs=-1, required=True)
@_SUB_DB
@click.pass_context
def merge_cmd(ctx: click.Context, ids: tuple[str, ...], db: str | None) -> None:
    """Merge actors: the first ID survives, the others are folded into it (now and later)."""
    from marsad.actors.curation import merge

    if len(ids) < 2:
        raise InputError("merge needs two or more actor ids")
    _run(ctx, db, merge, ids[0], list(ids[1:]))


@actors.command("split")
@click.argument("actor_id")
@click.option("--alias", required=True, help="The Arabic form whose mentions are another actor.")
@_SUB_DB
@click.pass_context
def split_cmd(ctx: click.Context, actor_id: str, alias: str, db: str | None) -> None:
    """Split the mentions written as ALIAS off ACTOR_ID into a new actor (now and later)."""
    from marsad.actors.curation import split

    _run(ctx, db, split, actor_id, alias)


@actors.command("rename")
@click.argument("actor_id")
@click.argument("name")
@_SUB_DB
@click.pass_context
def rename_cmd(ctx: click.Context, actor_id: str, name: str, db: str | None) -> None:
    """Set the Latin NAME of ACTOR_ID (kept on every later run)."""
    from marsad.actors.curation import rename

    _run(ctx, db, rename, actor_id, name)


@actors.command("set")
@click.argument("actor_id")
@click.option("--country", help="ISO-3 code, e.g. MAR.")
@click.option("--sector", help="PLOVER sector code, e.g. SPY.")
@click.option("--office", multiple=True, help="Office title (repeat for several).")
@_SUB_DB
@click.pass_context
def set_cmd(ctx: click.Context, actor_id: str, country: str | None, sector: str | None,
            office: tuple[str, ...], db: str | None) -> None:
    """Set country / sector / office of ACTOR_ID (kept on every later run)."""
    from marsad.actors.curation import set_fields

    _run(ctx, db, set_fields, actor_id, country, sector, list(office) if office else None)


@actors.command("curations")
@click.option("--export", "export_file", type=click.Path(dir_okay=False), help="Write the curations as JSON.")
@click.option("--import", "import_file", type=click.Path(exists=True, dir_okay=False),
              help="Add curations from a JSON export (e.g. before re-ingesting into a new database).")
@_SUB_DB
@click.pass_context
def curations_cmd(ctx: click.Context, export_file: str | None, import_file: str | None, db: str | None) -> None:
    """List, export or import the recorded curations."""
    from marsad.actors.curation import export_rows, import_rows

    store = open_store(db or ctx.obj["db"])
    if import_file:
        with open(import_file, encoding="utf-8") as f:
            rows = json.load(f)
        with store.engine.begin() as conn:
            n = import_rows(conn, rows)
        click.echo(f"imported {n} curations")
        return
    with store.engine.connect() as conn:
        rows = export_rows(conn)
    text = json.dumps(rows, ensure_ascii=False, indent=2)
    if export_file:
        with open(export_file, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        click.echo(f"wrote {len(rows)} curations to {export_file}")
    else:
        click.echo(text)


#: the evaluation build of the transliteration model (held-out splits removed from its training data),
#: repo-only: scripts/build_translit.py writes it next to the held-out files
EVAL_TRANSLIT_MODEL = Path(__file__).resolve().parents[1] / "eval" / "translit" / "translit_heldout.json.gz"


@eval_group.command("translit")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", "model_opt", default=None, metavar="shipped|heldout|PATH",
              help="Model to score: 'heldout' (the evaluation build, the default when the repo has "
                   "eval/translit/translit_heldout.json.gz), 'shipped' (the packaged model, trained on the "
                   "held-out words too: its held-out scores are inflated) or a .json.gz path.")
@click.option("--names", "whole_names", is_flag=True,
              help="FILE holds whole names (eval/translit/names_*.tsv): score the full-name transliteration.")
@click.option("--json", "as_json", is_flag=True)
def eval_translit(file: str, model_opt: str | None, whole_names: bool, as_json: bool) -> None:
    """Score one-word transliteration on FILE (``arabic<TAB>latin[|latin…][<TAB>count]`` per line),
    or with ``--names`` whole names.

    Exact match against any reference (accents and case folded), against the first reference,
    and mean character similarity (1 − normalised Levenshtein distance to the closest reference).
    The output names the model scored.
    """
    from marsad.actors.translit import evaluate, load_model, load_model_at

    pairs = []
    with open(file, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0] and parts[1]:
                w = int(parts[2]) if len(parts) > 2 and parts[2].strip().isdigit() else 1
                pairs.append((parts[0], parts[1].split("|"), w))
    if not pairs:
        raise InputError(f"{file}: no arabic<TAB>latin lines")
    if model_opt is None:
        # whole names come from the event golds, not from the Wikidata word splits: the shipped model
        # never saw them
        model_opt = "heldout" if EVAL_TRANSLIT_MODEL.is_file() and not whole_names else "shipped"
    if model_opt == "shipped":
        label, model = "shipped", load_model()
        if Path(file).name.startswith("heldout"):
            click.echo("warning: the shipped model was trained on the held-out words; these scores are "
                       "inflated (use --model heldout)", err=True)
    else:
        path = EVAL_TRANSLIT_MODEL if model_opt == "heldout" else Path(model_opt)
        if not path.is_file():
            raise InputError(f"{path}: no such model (build it with scripts/build_translit.py)")
        label = "heldout" if path.resolve() == EVAL_TRANSLIT_MODEL else str(path)
        model = load_model_at(path.resolve())
    res: dict[str, object] = {**evaluate(pairs, model, whole_names=whole_names), "model": label}
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            click.echo(f"{k}\t{v:.4f}" if isinstance(v, float) else f"{k}\t{v}")
    sys.stdout.flush()


@eval_group.command("actors")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
@click.option("--show-errors", is_flag=True, help="List missed actors and wrong countries.")
@click.option("--oracle-entities", is_flag=True,
              help="Entities from the gold actors' texts: score the actors stage apart from NER.")
def eval_actors(file: str, as_json: bool, show_errors: bool, oracle_entities: bool) -> None:
    """Score actors on FILE (events gold JSONL: documents whose events name actors with text,
    Latin name, kind and country): found rate, country accuracy, Latin-name similarity."""
    from marsad.actors.evaluate import evaluate
    from marsad.pipeline import Pipeline, available_stages, get_stage_class

    if oracle_entities:
        pipe = Pipeline([get_stage_class("actors")()], base=("text", "entities"))
    else:
        names = [n for n in available_stages() if n in ("normalize", "segment", "lemmas", "ner", "actors")]
        pipe = Pipeline.from_names(names)
    with open(file, encoding="utf-8") as f:
        records = [json.loads(ln) for ln in f if ln.strip()]
    res = evaluate(records, pipe, oracle=oracle_entities)
    if not show_errors:
        res = {k: v for k, v in res.items() if k not in ("misses", "country_errors")}
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            click.echo(f"{k}\t{v:.4f}" if isinstance(v, float) else f"{k}\t{v}")


COMMANDS = [transliterate, actors]
