"""Transliteration n-best reranker: model parts, features, decoding contract and speed."""

from __future__ import annotations

import time

import pytest
from conftest import ROOT

from marsad.actors.translit import RERANK_TRAIN_NBEST, load_model, load_model_at, norm_ar, rerank_features

#: the evaluation build (held-out splits removed from its training data), same settings as the shipped one
HELDOUT_MODEL = ROOT / "eval" / "translit" / "translit_heldout.json.gz"


@pytest.mark.parametrize("which", ["shipped", "heldout"])
def test_model_has_reranker_parts(which: str):
    """Both builds (shipped: every pair; evaluation: held-out splits removed) carry the reranker."""
    m = load_model() if which == "shipped" else load_model_at(HELDOUT_MODEL)
    assert m.reranker and len(m.reranker) > 1000
    assert m.backward is not None and m.latin_lm_long is not None
    assert m.latin_lm_long.order > m.latin_lm.order


def test_scored_nbest_segments_spell_the_form():
    m = load_model()
    word = norm_ar("كاستيليرو")
    hyps = m.scored_nbest(word)
    assert 1 < len(hyps) <= RERANK_TRAIN_NBEST
    assert len({h[0] for h in hyps}) == len(hyps)
    assert [h[1] for h in hyps] == sorted((h[1] for h in hyps), reverse=True)
    for form, _lp, segs, *_scores in hyps:
        assert "".join(ch for _a, ch in segs) == form
        assert "".join(a for a, _ch in segs) == word


def test_rerank_features_are_deterministic_and_cover_scores():
    m = load_model()
    word = norm_ar("هاينز")
    hyps = m.scored_nbest(word)
    f1 = rerank_features(word, hyps)
    f2 = rerank_features(word, hyps)
    assert f1 == f2 and len(f1) == len(hyps)
    for key in ("lp", "lm", "rl", "lm6", "len"):
        assert key in f1[0]
    assert f1[0]["lpd"] == 0.0
    assert rerank_features(word, []) == []


def test_best_is_one_of_the_nbest():
    m = load_model()
    for w in ("ريكارود", "بروخوروف", "ساماردجيسكي"):
        w = norm_ar(w)
        assert m.best(w) in {h[0] for h in m.scored_nbest(w)}


def test_unseen_words_decode_fast():
    """Well under 5 ms a never-seen word on a quiet machine; the bound leaves room for a busy one."""
    m = load_model()
    words = ["ريكارود", "بروخوروف", "ساماردجيسكي", "جينبيكوف", "هزارفن", "بلمجدوب", "فريدزون", "غالديكاس"]
    forms = [norm_ar(w) + end for w in words for end in ("ا", "ي", "ة")]  # unseen, uncached forms
    t = time.perf_counter()
    for w in forms:
        m.best(w)
    per_word = (time.perf_counter() - t) / len(forms)
    assert per_word < 0.05
