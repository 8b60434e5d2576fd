"""Transliteration: held-out Wikidata names, known-name dictionary, rules, the CLI contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from marsad.actors.translit import (
    evaluate,
    fold_latin,
    load_model,
    norm_ar,
    similarity,
    transliterate,
)

HELDOUT = ROOT / "eval" / "translit" / "heldout.tsv"
OCCURRENCES = ROOT / "eval" / "translit" / "heldout_occurrences.tsv"
MODEL = ROOT / "marsad" / "resources" / "actors" / "translit.json.gz"


def _heldout() -> list[tuple[str, list[str]]]:
    pairs = []
    for line in HELDOUT.read_text("utf-8").splitlines():
        ar, refs = line.split("\t")
        pairs.append((ar, refs.split("|")))
    return pairs


def test_heldout_never_trained_on():
    words = load_model().words
    held = _heldout()
    assert len(held) > 2000
    assert not [ar for ar, _ in held if norm_ar(ar) in words]


def _occurrences() -> list[tuple[str, list[str], int]]:
    rows = []
    for line in OCCURRENCES.read_text("utf-8").splitlines():
        ar, lat, count = line.split("\t")
        rows.append((ar, [lat], int(count)))
    return rows


def test_heldout_occurrences_are_a_name_sample():
    """5 % of the Wikidata name-word occurrences; frequent words (محمد) are there, as in use."""
    occ = _occurrences()
    total = sum(c for _, _, c in occ)
    assert 12_000 < total < 13_500
    by_form: dict[str, int] = {}
    for ar, _, c in occ:
        by_form[ar] = by_form.get(ar, 0) + c
    assert by_form.get("محمد", 0) >= 20
    # the unseen-word split stays disjoint from training: none of its forms is a dictionary word
    words = load_model().words
    assert not [ar for ar, _ in _heldout() if ar in by_form and norm_ar(ar) in words]


def test_heldout_occurrence_scores():
    """Held-out name occurrences (measured 0.750 exact, 0.922 character similarity)."""
    res = evaluate(_occurrences())
    assert res["n"] == sum(c for _, _, c in _occurrences())
    assert res["exact"] >= 0.745
    assert res["char_similarity"] >= 0.92


def test_evaluate_weights_items():
    res = evaluate([("ريتشارد", ["richard"], 3), ("ريتشارد", ["xyz"], 1)])
    assert res["n"] == 4
    assert res["exact"] == 0.75


def test_latin_model_reranks_towards_latin_spellings():
    m = load_model()
    assert m.latin_lm is not None
    assert m.latin_lm.logprob("richard") > m.latin_lm.logprob("rxchqrd")


def test_model_is_small():
    assert MODEL.stat().st_size < 10_000_000


def test_heldout_sample_scores():
    """A fixed tenth of the held-out names (the full set: `marsad eval translit`). Measured 0.291 / 0.801
    with the 8-best reranked at decoding time; the pins were 0.30 / 0.80 for the 32-best (0.307 / 0.810),
    lowered on purpose: the 32-best cost 4.4 ms per unseen word and took the pipeline below 20 articles/s."""
    res = evaluate(_heldout()[::10])
    assert res["n"] > 200
    assert res["exact"] >= 0.28
    assert res["char_similarity"] >= 0.79


@pytest.mark.slow
def test_heldout_full_scores():
    res = evaluate(_heldout())  # measured 0.2915 exact, 0.787 similarity (8-best; 0.301 / 0.793 with 32)
    assert res["exact"] >= 0.285
    assert res["char_similarity"] >= 0.78


def test_press_forms_of_seed_names_are_close():
    expect = {
        "عبد اللطيف حموشي": "Abdellatif Hammouchi",
        "أفريل هاينز": "Avril Haines",
        "إسبيرانزا كاستيليرو": "Esperanza Casteleiro",
        "ريتشارد ويتز": "Richard Weitz",
    }
    sims = []
    for ar, press in expect.items():
        got = transliterate(ar)
        sims.append(similarity(fold_latin(got), fold_latin(press)))
        assert sims[-1] >= 0.7, (ar, got)
        assert got[0].isupper()
    assert sum(sims) / len(sims) >= 0.85


def test_known_spelling_wins():
    assert transliterate("أفريل هاينز", known={"افريل هاينز": "Avril Haines"}) == "Avril Haines"


def test_rules_compounds_and_article():
    assert transliterate("عبد الرحمن").startswith("Abdel")
    assert " " not in transliterate("عبد الرحمن")
    assert transliterate("الجبير").startswith("Al-")
    assert transliterate("محمد بن سلمان").split()[1] == "Bin"


def test_diacritics_and_letter_variants_do_not_matter():
    assert transliterate("مُحَمَّد") == transliterate("محمد")
    assert norm_ar("كارلی") == norm_ar("كارلي")


def test_cli_names_and_file(tmp_path: Path):
    out = run_cli("transliterate", "ريتشارد ويتز", "أفريل هاينز").stdout.decode().splitlines()
    assert [ln.split("\t")[0] for ln in out] == ["ريتشارد ويتز", "أفريل هاينز"]
    assert out[0].split("\t")[1] == "Richard Weitz"
    f = tmp_path / "names.txt"
    f.write_text("عبد اللطيف حموشي\n\nإسبيرانزا كاستيليرو لمازاريس\n", "utf-8")
    out = run_cli("transliterate", "--file", str(f)).stdout.decode().splitlines()
    assert len(out) == 2 and all(len(ln.split("\t")) == 2 for ln in out)
    assert out[1].split("\t")[1].startswith("Esperanza ")


def test_cli_eval_translit(tmp_path: Path):
    f = tmp_path / "gold.tsv"
    f.write_text("ريتشارد\trichard\nهاينز\thaines|heinz\n", "utf-8")
    out = run_cli("eval", "translit", str(f), "--json").stdout.decode()
    import json

    res = json.loads(out)
    assert res["n"] == 2 and res["exact"] >= 0.5
    f.write_text("ريتشارد\trichard\t3\n", "utf-8")
    res = json.loads(run_cli("eval", "translit", str(f), "--json").stdout.decode())
    assert res["n"] == 3 and res["exact"] == 1.0


def test_joined_abd_compound_reads_like_two_words() -> None:
    assert transliterate("عبدربه منصور هادي") == transliterate("عبد ربه منصور هادي")
    assert transliterate("عبداللطيف حموشي") == transliterate("عبد اللطيف حموشي")
