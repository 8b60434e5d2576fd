"""Language-core commands: ``marsad eval segment FILE.conllu``."""

from __future__ import annotations

import json

import click

from marsad.cli_eval import eval_group

COMMANDS: list[click.Command] = []  # the command below is registered on the ``eval`` group


@eval_group.command("segment")
@click.argument("conllu", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_segment(conllu: str, as_json: bool) -> None:
    """Sentence-boundary and word (syntactic token) P/R/F1, and lemma accuracy, against UD gold CONLLU."""
    from marsad.arabic.ud_eval import evaluate, read_conllu

    scores = evaluate(read_conllu(conllu))
    if as_json:
        click.echo(json.dumps(scores, indent=2))
        return
    click.echo(f"{'unit':<20}{'gold':>8}{'pred':>8}{'correct':>9}{'P':>8}{'R':>8}{'F1':>8}")
    for unit, name in (("sentences", "sentence boundary"), ("words", "word")):
        s = scores[unit]
        click.echo(f"{name:<20}{s['gold']:>8}{s['predicted']:>8}{s['correct']:>9}"
                   f"{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}")
    lem = scores["lemmas"]
    click.echo(f"lemma accuracy: {lem['accuracy']:.4f} on {lem['words']} words, "
               f"{lem['content_accuracy']:.4f} on {lem['content_words']} content words (NOUN VERB ADJ PROPN)")
