"""Transliteration: held-out Wikidata names (scored with the evaluation build, which never saw them),
the shipped model (trained on every pair), known-name dictionary, rules, the CLI contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from marsad.actors.translit import (
    TranslitModel,
    evaluate,
    fold_latin,
    load_model,
    load_model_at,
    norm_ar,
    roman,
    similarity,
    transliterate,
)

HELDOUT = ROOT / "eval" / "translit" / "heldout.tsv"
OCCURRENCES = ROOT / "eval" / "translit" / "heldout_occurrences.tsv"
MODEL = ROOT / "marsad" / "resources" / "actors" / "translit.json.gz"
#: the evaluation build: both held-out splits removed from its training data (scripts/build_translit.py)
HELDOUT_MODEL = ROOT / "eval" / "translit" / "translit_heldout.json.gz"


def heldout_model() -> TranslitModel:
    """The evaluation build, the only model the held-out files may be scored with."""
    return load_model_at(HELDOUT_MODEL)


def _heldout() -> list[tuple[str, list[str]]]:
    pairs = []
    for line in HELDOUT.read_text("utf-8").splitlines():
        ar, refs = line.split("\t")
        pairs.append((ar, refs.split("|")))
    return pairs


def test_heldout_never_trained_on():
    words = heldout_model().words
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
    words = heldout_model().words
    assert not [ar for ar, _ in _heldout() if ar in by_form and norm_ar(ar) in words]


def test_heldout_occurrence_scores():
    """Held-out name occurrences, evaluation build (measured 0.748 exact, 0.921 character similarity)."""
    res = evaluate(_occurrences(), heldout_model())
    assert res["n"] == sum(c for _, _, c in _occurrences())
    assert res["exact"] >= 0.745
    assert res["char_similarity"] >= 0.92


def test_shipped_model_knows_every_pair():
    """The shipped model trained on the held-out splits too: every held-out form is a dictionary word,
    and the evaluation build's dictionary is a subset of the shipped one."""
    shipped = load_model().words
    assert not [ar for ar, _ in _heldout() if norm_ar(ar) not in shipped]
    assert not [ar for ar, _, _ in _occurrences() if norm_ar(ar) not in shipped]
    assert set(heldout_model().words) <= set(shipped)
    assert len(shipped) > len(heldout_model().words)


def test_shipped_model_has_common_heldout_words():
    """Common name words of the unseen-word split (موسى: moussa 46, musa 27 in the data) are in the
    shipped dictionary with one of their attested spellings."""
    words = load_model().words
    refs = dict(_heldout())
    for ar in ("موسى", "اللطيف", "ميركل"):
        assert ar not in heldout_model().words
        assert words[ar] in refs[ar], (ar, words[ar])
    got = transliterate("عمرو موسى").split()
    assert fold_latin(got[1]) in refs["موسى"][:2], got  # moussa or musa
    assert transliterate("أنجيلا ميركل").endswith("Merkel")


def test_regnal_ordinals_are_roman_numerals():
    assert transliterate("عبد الله الثاني") == "Abdullah II"
    assert transliterate("محمد السادس").split()[-1] == "VI"
    assert transliterate("إليزابيث الثانية").split()[-1] == "II"
    assert transliterate("لويس الرابع عشر").split()[-1] == "XIV"
    assert transliterate("لويس الحادي عشر").split()[-1] == "XI"
    assert transliterate("فيصل الأول بن الحسين").split()[1:3] == ["I", "Bin"]
    assert transliterate("عبد الله الثاني بن الحسين").startswith("Abdullah II Bin ")
    # only after a name word: not alone, not after a particle
    assert transliterate("الثاني") != "II"
    assert transliterate("بن الثاني").split()[-1] != "II"
    assert [roman(n) for n in (1, 4, 9, 14, 19, 40)] == ["I", "IV", "IX", "XIV", "XIX", "XL"]


def test_evaluate_weights_items():
    res = evaluate([("ريتشارد", ["richard"], 3), ("ريتشارد", ["xyz"], 1)])
    assert res["n"] == 4
    assert res["exact"] == 0.75


def test_latin_model_reranks_towards_latin_spellings():
    m = load_model()
    assert m.latin_lm is not None
    assert m.latin_lm.logprob("richard") > m.latin_lm.logprob("rxchqrd")


def test_models_are_small():
    """Both artefacts under the size cap: the shipped model and the evaluation build."""
    assert MODEL.stat().st_size < 10_000_000
    assert HELDOUT_MODEL.stat().st_size < 10_000_000


def test_heldout_sample_scores():
    """A fixed tenth of the held-out names (the full set: `marsad eval translit`). Measured 0.291 / 0.801
    with the 8-best reranked at decoding time; the pins were 0.30 / 0.80 for the 32-best (0.307 / 0.810),
    lowered on purpose: the 32-best cost 4.4 ms per unseen word and took the pipeline below 20 articles/s."""
    res = evaluate(_heldout()[::10], heldout_model())
    assert res["n"] > 200
    assert res["exact"] >= 0.28
    assert res["char_similarity"] >= 0.79


@pytest.mark.slow
def test_heldout_full_scores():
    res = evaluate(_heldout(), heldout_model())  # measured 0.2915 exact, 0.787 similarity (8-best; 0.301 / 0.793 with 32)
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
    assert res["model"] == "heldout"  # the evaluation build by default, in the repo
    f.write_text("ريتشارد\trichard\t3\n", "utf-8")
    res = json.loads(run_cli("eval", "translit", str(f), "--json").stdout.decode())
    assert res["n"] == 3 and res["exact"] == 1.0
    res = json.loads(run_cli("eval", "translit", str(f), "--json", "--model", "shipped").stdout.decode())
    assert res["model"] == "shipped" and res["n"] == 3
    res = json.loads(run_cli("eval", "translit", str(f), "--json", "--model", str(HELDOUT_MODEL)).stdout.decode())
    assert res["model"] == "heldout"
    text = run_cli("eval", "translit", str(f)).stdout.decode()
    assert "model\theldout" in text.splitlines()


def test_cli_eval_translit_warns_on_shipped_heldout(tmp_path: Path):
    f = tmp_path / "heldout.tsv"
    f.write_text("موسى\tmoussa|musa\n", "utf-8")
    proc = run_cli("eval", "translit", str(f), "--json", "--model", "shipped")
    assert "inflated" in proc.stderr.decode()
    assert run_cli("eval", "translit", str(f), "--model", str(tmp_path / "none.json.gz"), check=False).returncode != 0


def test_joined_abd_compound_reads_like_two_words() -> None:
    assert transliterate("عبدربه منصور هادي") == transliterate("عبد ربه منصور هادي")
    assert transliterate("عبداللطيف حموشي") == transliterate("عبد اللطيف حموشي")


def test_build_writes_the_same_heldout_files(tmp_path: Path):
    """The build's split code reproduces the committed held-out files byte for byte (the shipped and the
    evaluation builds share it; training itself takes minutes and is not run here)."""
    import importlib.util

    from conftest import SHARED

    src = SHARED / "data" / "translit" / "steveash_wd_arabic.normalized.aligned.tokens"
    spec = importlib.util.spec_from_file_location("build_translit", ROOT / "scripts" / "build_translit.py")
    assert spec and spec.loader
    bt = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bt)
    steve = bt.read_steveash(src)
    held, held_occ, occ = bt.split_heldout(steve)
    bt.write_heldout(steve, held, held_occ, tmp_path / "heldout.tsv", tmp_path / "heldout_occurrences.tsv")
    assert (tmp_path / "heldout.tsv").read_bytes() == HELDOUT.read_bytes()
    assert (tmp_path / "heldout_occurrences.tsv").read_bytes() == OCCURRENCES.read_bytes()
    assert sum(occ.values()) > 20 * sum(held_occ.values())


def test_whole_names_from_the_event_golds():
    """Whole person names of the event golds (scripts/build_translit_names.py), scored with the shipped
    model: 0.165 exact / 0.777 similarity on the tune file, 0.165 / 0.753 on the held-out one when written
    (press forms: a floor). The CLI scores them with --names and names the model."""
    import json

    pairs = [(ar, [lat]) for ar, lat in (ln.split("\t") for ln in
             (ROOT / "eval" / "translit" / "names_tune.tsv").read_text(encoding="utf-8").splitlines())]
    res = evaluate(pairs, whole_names=True)
    assert res["n"] >= 100 and res["exact"] >= 0.15 and res["char_similarity"] >= 0.77
    out = run_cli("eval", "translit", str(ROOT / "eval" / "translit" / "names_heldout.tsv"), "--names", "--json")
    got = json.loads(out.stdout.decode())
    assert got["model"] == "shipped" and got["n"] >= 80 and got["char_similarity"] >= 0.74
