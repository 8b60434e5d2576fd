"""Language core: normalisation offset map, sentences/tokens, clitics, lemmas, UD PUD gates."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.arabic.clitics import split_word
from marsad.arabic.lemmas import lemma
from marsad.arabic.normalize import normalize, normalize_with_map
from marsad.arabic.segment import segment, split_sentences, tokenize
from marsad.arabic.ud_eval import evaluate, read_conllu
from marsad.document import Document
from marsad.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "article.txt"
PUD = SHARED / "data" / "ud" / "ar_pud-dev.conllu"


# -- normalisation --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "src, norm",
    [
        ("أَكَّدَ", "اكد"),  # hamza alef + diacritics
        ("إسبانيا", "اسبانيا"),
        ("آخر", "اخر"),
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مديرة", "مديره"),  # ta marbuta
        ("الإرهـــاب", "الارهاب"),  # tatweel
        ("مسؤول", "مسوول"),
        ("٢٠٢٢", "2022"),
        ("حموشي، أمس", "حموشي, امس"),
    ],
)
def test_normal_form(src: str, norm: str) -> None:
    assert normalize(src) == norm
    assert normalize_with_map(src).text == norm


def test_offset_map_round_trip_on_seed() -> None:
    text = SEED.read_text(encoding="utf-8")
    nt = normalize_with_map(text)
    assert nt.text == normalize(text)
    assert len(nt.offsets) == len(nt.text)
    assert nt.offsets == sorted(set(nt.offsets))  # strictly increasing
    for ch, off in zip(nt.text, nt.offsets, strict=True):
        src = text[off]
        # every normalised character comes from a source character that normalises to it
        assert (src.isspace() and ch == " ") or normalize(src) == ch, (ch, off, src)
    # a normalised match maps back to the source span
    i = nt.text.index("حموشي")
    s, e = nt.source_span(i, i + len("حموشي"))
    assert text[s:e] == "حموشي"
    j = nt.text.index("اساسيا")  # source: أساسيًا (hamza + tanween)
    s, e = nt.source_span(j, j + len("اساسيا"))
    assert text[s:e] == "أساسيًا"


# -- sentences and tokens ---------------------------------------------------------------------
def _sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviation_does_not_end_sentence() -> None:
    text = "استقبل د. أحمد الوفد أمس. ثم غادر."
    assert _sents(text) == ["استقبل د. أحمد الوفد أمس.", "ثم غادر."]


def test_era_marker_after_year_ends_sentence_but_title_does_not() -> None:
    text = "وقع ذلك عام 2022م. ثم عاد في 1443هـ. وقال م. أحمد إن د. سعيد حضر."
    assert _sents(text) == ["وقع ذلك عام 2022م.", "ثم عاد في 1443هـ.", "وقال م. أحمد إن د. سعيد حضر."]


def test_enumerators_and_dotted_acronyms_do_not_end_sentence() -> None:
    text = "الترتيب التالي:\n1. إثيوبيا\nتحتل المركز الأول. محطة (كيه.اس.تي.يو) في المدينة."
    assert _sents(text) == ["الترتيب التالي:", "1. إثيوبيا", "تحتل المركز الأول.", "محطة (كيه.اس.تي.يو) في المدينة."]


def test_numbers_and_dates_do_not_end_sentence() -> None:
    text = "بلغ النمو 3.5 في المئة و3,5 مليار يوم 20.09.2022 في الرباط. وأضاف الوزير ذلك."
    assert _sents(text) == ["بلغ النمو 3.5 في المئة و3,5 مليار يوم 20.09.2022 في الرباط.", "وأضاف الوزير ذلك."]
    toks = [text[t.start : t.end] for t in tokenize(text)]
    assert "3.5" in toks and "3,5" in toks and "20.09.2022" in toks


def test_quotes_close_inside_sentence_and_arabic_punctuation() -> None:
    text = "قال: «المغرب شريك قوي.» هل توافق؟ نعم؛ بالتأكيد! “هذا مهم.” انتهى"
    assert _sents(text) == ["قال: «المغرب شريك قوي.»", "هل توافق؟", "نعم؛", "بالتأكيد!", "“هذا مهم.”", "انتهى"]


def test_quote_followed_by_comma_continues_sentence() -> None:
    text = "قال: «المغرب شريك قوي.»، وأضاف أن التعاون مستمر. انتهى"
    assert _sents(text) == ["قال: «المغرب شريك قوي.»، وأضاف أن التعاون مستمر.", "انتهى"]


def test_line_break_ends_sentence_and_tokens_split_punctuation() -> None:
    text = "عبد اللطيف حموشي، أمس الاثنين\nسطر ثان"
    sents, toks = segment(text)
    assert [text[a:b] for a, b in sents] == ["عبد اللطيف حموشي، أمس الاثنين", "سطر ثان"]
    assert [text[t.start : t.end] for t in toks][:4] == ["عبد", "اللطيف", "حموشي", "،"]
    assert toks[3].kind == "PUNCT"


# -- clitics ----------------------------------------------------------------------------------
def _split(word: str) -> list[tuple[str, str]]:
    return [(word[s.start : s.end], s.label) for s in split_word(word)]


def test_clitic_examples() -> None:
    assert _split("بالرباط") == [("ب", "PROCLITIC"), ("ال", "PROCLITIC"), ("رباط", "STEM")]
    assert _split("لأفريل") == [("ل", "PROCLITIC"), ("أفريل", "STEM")]
    assert _split("استقباله") == [("استقبال", "STEM"), ("ه", "ENCLITIC")]
    segs = split_word("للسلطة")
    assert [(s.label, s.form) for s in segs] == [("PROCLITIC", "ل"), ("PROCLITIC", "ال"), ("STEM", "سلطة")]
    assert _split("وأشار") == [("و", "PROCLITIC"), ("أشار", "STEM")]  # more frequent than أشار itself
    # words that only look like they carry a clitic stay whole
    for w in ("وزير", "كان", "بين", "ويتز"):
        assert _split(w) == [(w, "STEM")]


def test_clitics_with_diacritics_map_to_source_offsets() -> None:
    w = "استقبالَهُ"
    segs = split_word(w)
    assert [w[s.start : s.end] for s in segs] == ["استقبالَ", "هُ"]


def test_segment_stage_layers_on_seed() -> None:
    doc = Pipeline.from_names(["normalize", "segment", "lemmas"])(Document("seed", SEED.read_text("utf-8")))
    assert "norm" in doc.cache and doc.cache["norm"].source_length == len(doc.text)
    sents = doc.layer("sentences")
    assert doc.span_text(sents[0]).startswith("يأتي استقبال المدير العام")
    assert doc.span_text(sents[0]).endswith("بالمملكة الإسبانية.")
    assert 20 <= len(sents) <= 40
    toks = [doc.span_text(t) for t in doc.layer("tokens")]
    assert "حموشي" in toks and "ريتشارد" in toks and "ويتز" in toks
    by_start: dict[int, list[str]] = {}
    for c in doc.layer("clitics"):
        by_start.setdefault(c.start, []).append(c.label)
    i = doc.text.index("بالرباط")
    clit = [(doc.span_text(c), c.attrs["form"]) for c in doc.layer("clitics") if i <= c.start < i + 7]
    assert clit == [("ب", "ب"), ("ال", "ال"), ("رباط", "رباط")]
    assert all("form" in c.attrs for c in doc.layer("clitics"))
    lem = {doc.span_text(s): s.attrs["lemma"] for s in doc.layer("lemmas")}
    assert lem["بالرباط"] == "رباط" and lem["استقباله"] == "استقبال"


# -- lemmas -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "word, lem",
    [("بالرباط", "رباط"), ("استقباله", "استقبال"), ("عمليات", "عملية"), ("الوطنية", "وطني"),
     ("يتابعون", "تابع"), ("يستخدم", "استخدم"), ("المسؤولين", "مسؤول"), ("وزير", "وزير"),
     ("حكومته", "حكومة")],
)
def test_lemmas(word: str, lem: str) -> None:
    assert lemma(word) == lem


# -- gates on UD Arabic-PUD dev ---------------------------------------------------------------
def test_ud_pud_segmentation_gate() -> None:
    scores = evaluate(read_conllu(PUD))
    # measured: sentence boundary F1 0.996, word F1 0.977 (see marsad eval segment)
    assert scores["sentences"]["f1"] >= 0.99
    assert scores["words"]["f1"] >= 0.975
    # measured: lemma accuracy 0.726 on all words, 0.684 on content words (tashaphyne: 0.567 / 0.441)
    assert scores["lemmas"]["accuracy"] >= 0.72
    assert scores["lemmas"]["content_accuracy"] >= 0.675


@pytest.mark.slow
def test_word_count_lexicon_rebuilds_identically(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "wordfreq.tsv.gz"
    subprocess.run([sys.executable, str(root / "scripts" / "build_arabic_lexicon.py"), "--out", str(out)],
                   check=True, cwd=root, capture_output=True)
    shipped = root / "marsad" / "resources" / "arabic" / "wordfreq.tsv.gz"
    assert out.read_bytes() == shipped.read_bytes()


def test_eval_segment_cli_json() -> None:
    import json

    from click.testing import CliRunner

    from marsad.cli import main

    res = CliRunner().invoke(main, ["eval", "segment", str(PUD), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.output)
    assert scores["words"]["gold"] == 10314 and scores["sentences"]["gold"] == 499
