"""NER commands: ``marsad tag``, ``marsad eval ner`` and ``marsad train ner``."""

from __future__ import annotations

import json
import sys

import click

from marsad.cli_eval import eval_group
from marsad.errors import InputError


def _read_lines(path: str) -> list[str]:
    try:
        if path == "-":
            return sys.stdin.read().splitlines()
        with open(path, encoding="utf-8-sig") as f:
            return f.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("unreadable", f"cannot read {path}: {exc}") from None


def _sentences(lines: list[str]) -> list[list[str]]:
    sents, cur = [], []
    for ln in lines:
        if ln.strip():
            cur.append(ln.split()[0])
        elif cur:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def _tag_lines(lines: list[str], neural: bool = True) -> list[str]:
    """``token<TAB>tag`` for every non-blank line, blank lines kept as they are (``neural``: the full
    model, CRF passes + rules + the neural stacker; else the CRF passes + rules the pipeline uses)."""
    from marsad.ner.model import default_tagger

    tags = default_tagger(neural).tag_sentences(_sentences(lines))
    flat = iter(t for s in tags for t in s)
    out = []
    for ln in lines:
        out.append(f"{ln.split()[0]}\t{next(flat)}" if ln.strip() else "")
    return out


@click.command("tag")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--scheme", type=click.Choice(["anercorp"]), default="anercorp", show_default=True,
              help="Tag set: ANERcorp BIO (PERS/ORG/LOC/MISC).")
@click.option("--neural/--crf-only", default=True, show_default=True,
              help="The full model with its neural stacker (dev F1 0.788), or only the CRF passes and rules "
                   "that the pipeline's ner stage uses by default (0.762, faster).")
def tag_cmd(file: str, scheme: str, neural: bool) -> None:
    """Tag FILE (one token per line, first column; blank line = sentence break): token<TAB>tag."""
    out = _tag_lines(_read_lines(file), neural)
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


@eval_group.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Score this file's tag column instead of tagging FILE with the packaged model.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--neural/--crf-only", default=True, show_default=True,
              help="Score the full model (with its neural stacker) or only its CRF passes and rules.")
def eval_ner(file: str, pred: str | None, as_json: bool, neural: bool) -> None:
    """Entity-level P/R/F1 per type and micro (conlleval rules) against the tags in FILE."""
    from marsad.ner.evaluate import format_table, score

    lines = _read_lines(file)
    gold = [[ln.split()[1] if len(ln.split()) > 1 else "O" for ln in block]
            for block in _blocks(lines)]
    plines = _read_lines(pred) if pred else _tag_lines(lines, neural)
    guess = [[ln.split()[1] if len(ln.split()) > 1 else "O" for ln in block] for block in _blocks(plines)]
    if [len(g) for g in gold] != [len(p) for p in guess]:
        raise InputError("mismatch", "gold and predicted files do not have the same sentences and tokens")
    scores = score(gold, guess)
    if as_json:
        click.echo(json.dumps(scores, indent=2))
    else:
        click.echo(format_table(scores))


def _blocks(lines: list[str]) -> list[list[str]]:
    out, cur = [], []
    for ln in lines:
        if ln.strip():
            cur.append(ln)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


@click.group("train")
def train_group() -> None:
    """Rebuild a packaged model from ../shared data (reproducible, fixed seed)."""


@train_group.command("ner")
@click.option("--shared", default="../shared", show_default=True, type=click.Path(exists=True, file_okay=False),
              help="The shared data folder (data/ner/...).")
@click.option("--out", default=None, type=click.Path(file_okay=False),
              help="Folder for the model files (default: the package's resources/ner).")
@click.option("--quiet", is_flag=True, help="Do not print progress and dev scores.")
def train_ner(shared: str, out: str | None, quiet: bool) -> None:
    """Train the NER model on ANERcorp train (+ extras), report ANERcorp dev scores."""
    from marsad.ner.evaluate import format_table
    from marsad.ner.lexicon import resource_path
    from marsad.ner.train import build

    scores = build(shared, out or str(resource_path("")), verbose=not quiet)
    if not quiet:
        click.echo(format_table(scores))


COMMANDS: list[click.Command] = [tag_cmd, train_group]
