"""Score sentence and word segmentation, and lemmas, against Universal Dependencies gold (CoNLL-U).

The gold sentences' ``# text`` lines are joined with single spaces into one running text, which
is segmented as a whole. Sentence score: F1 of sentence *boundaries* (end offsets, the end of the
text excluded). Word score: F1 of syntactic words as exact ``(start, end)`` character spans; UD
Arabic splits conjunctions, prepositions, the future س and pronoun enclitics off but keeps the
article ال on its noun, so predicted words are tokens with their clitics split, ال merged back.
Lemma score: accuracy of :func:`marsad.arabic.lemmas.lemma` on each gold word (see :func:`lemma_scores`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.arabic.clitics import STEM, split_word
from marsad.arabic.normalize import normalize
from marsad.arabic.segment import segment, strip_marks
from marsad.errors import InputError


@dataclass
class GoldSentence:
    """One UD sentence: its text and its syntactic words as offsets into that text."""

    text: str
    words: list[tuple[int, int]] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)


def read_conllu(path: str | Path) -> list[GoldSentence]:
    """Sentences of a CoNLL-U file, words located in ``# text`` (multiword-token lines skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("unreadable", f"cannot read CoNLL-U file {path}: {exc}") from exc
    sents: list[GoldSentence] = []
    text: str | None = None
    forms: list[str] = []
    lemmas: list[str] = []
    upos: list[str] = []

    def flush() -> None:
        if text is None or not forms:
            return
        sent = GoldSentence(text, lemmas=list(lemmas), upos=list(upos))
        pos = 0
        for form in forms:
            at = pos if text.startswith(form, pos) else text.find(form, pos)
            if at < 0:
                raise InputError("conllu", f"{path}: word {form!r} not found in sentence text {text[:60]!r}")
            sent.words.append((at, at + len(form)))
            pos = at + len(form)
            while pos < len(text) and text[pos] == " ":
                pos += 1
        sents.append(sent)

    for line in lines:
        if line.startswith("# text ="):
            text = line[len("# text =") :].strip()
        elif not line.strip():
            flush()
            text, forms, lemmas, upos = None, [], [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) < 10 or "-" in cols[0] or "." in cols[0]:
                continue
            forms.append(cols[1])
            lemmas.append(cols[2])
            upos.append(cols[3])
    flush()
    if not sents:
        raise InputError("conllu", f"{path}: no sentences with '# text' found")
    return sents


def predicted_words(text: str, tokens) -> list[tuple[int, int]]:
    """Syntactic words in UD's convention: clitic-split tokens with the article kept on the stem."""
    out: list[tuple[int, int]] = []
    for t in tokens:
        if t.kind != "WORD":
            out.append((t.start, t.end))
            continue
        segs = split_word(text[t.start : t.end])
        pending: int | None = None
        for s, e, label, form in segs:
            if form == "ال" and label != STEM:
                pending = t.start + s if pending is None else pending
                continue
            start = pending if pending is not None else t.start + s
            pending = None
            out.append((start, t.start + e))
    return out


#: Parts of speech whose lemmas the lemma score counts as content words.
CONTENT_UPOS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_SKIP_UPOS = frozenset({"PUNCT", "NUM", "SYM", "X"})


def lemma_scores(sents: list[GoldSentence], lemmatize: Callable[[str], str] | None = None) -> dict[str, float]:
    """Lemma accuracy on gold words (both sides diacritic-free and normalised), all and content words.

    Each gold syntactic word (clitics already split off by UD; the article may remain) is
    lemmatised on its own; punctuation, numbers and symbols are left out.
    """
    if lemmatize is None:
        from marsad.arabic.lemmas import lemma as lemmatize
    n = ok = n_c = ok_c = 0
    for s in sents:
        for (a, b), gold, pos in zip(s.words, s.lemmas, s.upos, strict=True):
            if pos in _SKIP_UPOS:
                continue
            hit = normalize(strip_marks(lemmatize(s.text[a:b]))) == normalize(strip_marks(gold))
            n += 1
            ok += hit
            if pos in CONTENT_UPOS:
                n_c += 1
                ok_c += hit
    return {"accuracy": round(ok / n, 4) if n else 0.0, "content_accuracy": round(ok_c / n_c, 4) if n_c else 0.0,
            "words": n, "content_words": n_c}


def _prf(gold: set, pred: set) -> dict[str, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": len(gold),
            "predicted": len(pred), "correct": tp}


def evaluate(sents: list[GoldSentence]) -> dict[str, dict[str, float]]:
    """Sentence-boundary and word P/R/F1 of marsad's segmenter on the gold sentences."""
    parts: list[str] = []
    gold_bounds: set[int] = set()
    gold_words: set[tuple[int, int]] = set()
    pos = 0
    for s in sents:
        parts.append(s.text)
        gold_words.update((pos + a, pos + b) for a, b in s.words)
        pos += len(s.text)
        gold_bounds.add(pos)
        pos += 1
    text = " ".join(parts)
    gold_bounds.discard(len(text))
    pred_sents, toks = segment(text)
    pred_bounds = {e for _, e in pred_sents} - {len(text)}
    pred_words = set(predicted_words(text, toks))
    return {"sentences": _prf(gold_bounds, pred_bounds), "words": _prf(gold_words, pred_words),
            "lemmas": lemma_scores(sents)}
