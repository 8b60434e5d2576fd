"""Training marsad's NER tagger (``marsad train ner``) from ../shared/data/ner, reproducibly.

Training data: ANERcorp train (always), AQMAR and the Wojood sample mapped to ANERcorp's four
types (optional, see :data:`EXTRA_SOURCES`). Tuning: ANERcorp dev. The learner is a linear-chain
CRF (python-crfsuite, L-BFGS with elastic-net regularisation); L-BFGS is deterministic, so a
rebuild from the same data gives the same model.
"""

from __future__ import annotations

import glob
import os
import time
from collections.abc import Iterable

import pycrfsuite

from marsad.ner.conll import Sentence, read_conll
from marsad.ner.features import sentence_features
from marsad.ner.neural import NN_FILE

#: Hyper-parameters chosen on ANERcorp dev (see MODEL_CARD.md).
PARAMS: dict[str, float | int | bool] = {
    "c1": 0.02,
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}

_AQMAR_MAP = {"PER": "PERS", "LOC": "LOC", "ORG": "ORG", "MIS": "MISC", "MIS0": "MISC", "MIS1": "MISC",
              "MIS2": "MISC", "MIS3": "MISC"}
_WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "EVENT": "MISC"}

#: Extra corpora that may be added to ANERcorp train: name -> reader.
EXTRA_SOURCES = ("aqmar", "wojood")


def _remap(sents: Iterable[Sentence], mapping: dict[str, str]) -> list[Sentence]:
    out = []
    for s in sents:
        toks = []
        prev = "O"
        for tok, tag in s:
            if tok == "$#$":
                continue
            t = "O"
            if "-" in tag:
                bio, typ = tag.split("-", 1)
                typ = mapping.get(typ.strip("-`"))
                if typ and bio in ("B", "I"):
                    t = f"{bio}-{typ}"
                    if bio == "I" and prev == "O":
                        t = f"B-{typ}"
            toks.append((tok, t))
            prev = t
        if toks:
            out.append(toks)
    return out


def load_training(shared: str, extra: Iterable[str] = ()) -> list[Sentence]:
    """ANERcorp train plus the named extra corpora, as sentences of (token, BIO tag)."""
    d = os.path.join(shared, "data", "ner")
    sents = read_conll(os.path.join(d, "anercorp", "train.txt"), sep="\t")
    for name in extra:
        if name == "aqmar":
            for p in sorted(glob.glob(os.path.join(d, "aqmar", "*.txt"))):
                sents += _remap(read_conll(p), _AQMAR_MAP)
        elif name == "wojood":
            sents += _remap(read_conll(os.path.join(d, "wojood", "train.txt")), _WOJOOD_MAP)
        else:
            raise ValueError(f"unknown extra NER corpus {name!r}; known: {EXTRA_SOURCES}")
    return sents


def train(sentences: list[Sentence], out: str, fset: str = "full",
          params: dict | None = None, verbose: bool = False) -> str:
    """Train a CRF on ``sentences`` and write it to ``out``; returns ``out``."""
    trainer = pycrfsuite.Trainer(verbose=verbose, algorithm="lbfgs")
    for s in sentences:
        trainer.append(sentence_features([t for t, _ in s], fset), [g for _, g in s])
    trainer.set_params(dict(params or PARAMS))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    t0 = time.time()
    trainer.train(out)
    if verbose:
        print(f"trained in {time.time() - t0:.0f}s -> {out}")
    return out


#: Extra corpora used by the shipped model (chosen on ANERcorp dev, see MODEL_CARD.md).
EXTRA: tuple[str, ...] = ()
#: Folds for the jackknifed first-pass tags the second pass is trained on.
FOLDS = 4


def build(shared: str, out_dir: str, extra: Iterable[str] = EXTRA, verbose: bool = True,
          neural: bool = True) -> dict:
    """Train both CRF passes and the neural stacker (``neural``: needs torch) into ``out_dir`` and return
    the ANERcorp dev scores of the result."""
    import json

    from marsad.ner.context import WINDOW, context_features
    from marsad.ner.evaluate import score
    from marsad.ner.model import (
        CTX_MODEL_FILE,
        META_FILE,
        MODEL_FILE,
        NerTagger,
        crf_marginals,
        write_known_attributes,
    )

    if neural:
        from marsad.ner.neural_train import require_torch

        require_torch()  # fail before the CRF trainings, not after
    t0 = time.time()
    sents = load_training(shared, extra)
    toks = [[t for t, _ in s] for s in sents]
    gold = [[g for _, g in s] for s in sents]
    if verbose:
        print(f"{len(sents)} training sentences ({', '.join(('anercorp', *extra))})")
    os.makedirs(out_dir, exist_ok=True)
    train(sents, os.path.join(out_dir, MODEL_FILE))
    if verbose:
        print(f"pass 1 trained ({time.time() - t0:.0f}s)")
    # jackknifed first-pass tags, so the second pass learns from realistic (imperfect) context
    first: list[list[str]] = [[] for _ in sents]
    n = len(sents)
    tmp = os.path.join(out_dir, ".fold.crfsuite")
    for k in range(FOLDS):
        a, b = k * n // FOLDS, (k + 1) * n // FOLDS
        train(sents[:a] + sents[b:], tmp)
        tagger = pycrfsuite.Tagger()
        tagger.open(tmp)
        for i in range(a, b):
            first[i] = list(tagger.tag(sentence_features(toks[i])))
        tagger.close()
        if verbose:
            print(f"fold {k + 1}/{FOLDS} ({time.time() - t0:.0f}s)")
    os.remove(tmp)
    ctx = context_features(toks, first, WINDOW)
    feats2 = []  # pass-2 features: each sentence's own, then its jackknifed context
    for tk, c in zip(toks, ctx, strict=True):
        feats = sentence_features(tk)
        for x, y in zip(feats, c, strict=True):
            x.extend(y)
        feats2.append(feats)
    trainer = pycrfsuite.Trainer(verbose=False, algorithm="lbfgs")
    for feats, g in zip(feats2, gold, strict=True):
        trainer.append(feats, g)
    trainer.set_params(dict(PARAMS))
    trainer.train(os.path.join(out_dir, CTX_MODEL_FILE))
    if verbose:
        print(f"pass 2 trained ({time.time() - t0:.0f}s)")
    nn_file = os.path.join(out_dir, NN_FILE)
    if os.path.exists(nn_file):
        os.remove(nn_file)
    dev = read_conll(os.path.join(shared, "data", "ner", "anercorp", "dev.txt"), sep="\t")
    if neural:
        # jackknifed pass-2 marginals (pass 2 of each fold trained on the other folds' jackknifed contexts)
        margs = _jackknifed_pass2(feats2, gold, os.path.join(out_dir, ".fold.crfsuite"), t0, verbose)
        del feats2  # not kept in memory while the stacker trains
        from marsad.ner.neural_train import train_stacker

        ref = [[t for t, _ in s] for s in dev[:4]]
        crf = NerTagger(out_dir, rules=False)
        ref_margs = crf_marginals(crf.pass2_tagger(), crf.pass2_features(ref, window=None))
        train_stacker(toks, gold, margs, out_dir, reference=ref, reference_margs=ref_margs, verbose=verbose)
    with open(os.path.join(out_dir, META_FILE), "w", encoding="utf-8") as f:
        json.dump({"feature_set": "full", "window": WINDOW, "params": PARAMS, "extra": list(extra),
                   "folds": FOLDS, "neural": neural}, f, indent=1)
    write_known_attributes(out_dir)
    if verbose:
        print(f"done ({time.time() - t0:.0f}s)")
    tagger = NerTagger(out_dir)
    pred = tagger.tag_sentences([[t for t, _ in s] for s in dev])
    return score([[g for _, g in s] for s in dev], pred)


def _jackknifed_pass2(feats: list[list[list[str]]], gold: list[list[str]], tmp: str, t0: float,
                      verbose: bool) -> list:
    """Pass-2 marginals of every training sentence (its pass-2 features ``feats``) from a pass 2
    trained without its fold."""
    from marsad.ner.model import crf_marginals

    n = len(feats)
    margs: list = [None] * n
    for k in range(FOLDS):
        a, b = k * n // FOLDS, (k + 1) * n // FOLDS
        trainer = pycrfsuite.Trainer(verbose=False, algorithm="lbfgs")
        for i in [*range(a), *range(b, n)]:
            trainer.append(feats[i], gold[i])
        trainer.set_params(dict(PARAMS))
        trainer.train(tmp)
        tagger = pycrfsuite.Tagger()
        tagger.open(tmp)
        margs[a:b] = crf_marginals(tagger, feats[a:b])
        tagger.close()
        if verbose:
            print(f"pass-2 fold {k + 1}/{FOLDS} ({time.time() - t0:.0f}s)")
    os.remove(tmp)
    return margs
