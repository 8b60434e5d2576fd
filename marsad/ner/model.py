"""The shipped NER tagger: two CRF passes over sentences of whitespace-free tokens.

Pass 1 (``ner.crfsuite``) tags each sentence from its own features. Pass 2 (``ner_ctx.crfsuite``,
optional) re-tags each sentence with, as extra features, what pass 1 found for the same words in
the other sentences of the document (see :mod:`marsad.ner.context`). A small BiLSTM
(``ner_nn.npz``, optional, :mod:`marsad.ner.neural`) re-reads pass 2's marginals with word vectors
and characters; its probabilities mixed with the marginals give the tags. Then rules
(:mod:`marsad.ner.postprocess`): a person name split in two is joined, untagged quoted work titles
become MISC, and multi-token entities are tagged again where they recur untagged in the document.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
from itertools import repeat
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.errors import ResourceError
from marsad.ner import lexicon
from marsad.ner.context import WINDOW, context_features
from marsad.ner.features import phrase_matches_cached, sentence_features
from marsad.ner.neural import LABELS, NN_FILE, NeuralStacker, padded_index
from marsad.ner.postprocess import join_abd_names, join_names, propagate_spans, quoted_titles

MODEL_FILE = "ner.crfsuite"
CTX_MODEL_FILE = "ner_ctx.crfsuite"
META_FILE = "ner_meta.json"
#: The attributes the two CRF files know, with the files' SHA-256 (see :func:`write_known_attributes`).
ATTRIBUTES_FILE = "ner_attributes.txt.gz"


def _model_digest(model_dir: Path) -> str:
    h = hashlib.sha256()
    for name in (MODEL_FILE, CTX_MODEL_FILE):
        p = model_dir / name
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def write_known_attributes(model_dir: str | Path) -> int:
    """Write the attributes the CRF files of ``model_dir`` know (run after training); returns how many.

    The tagger leaves every other feature out before calling crfsuite, which ignores unknown
    attributes anyway: same tags, about a third less crfsuite time."""
    d = Path(model_dir)
    names: set[str] = set()
    for name in (MODEL_FILE, CTX_MODEL_FILE):
        if (d / name).exists():
            names.update(_open(d / name).info().attributes)
    body = "\n".join(sorted(names))
    with open(d / ATTRIBUTES_FILE, "wb") as f:  # fixed mtime: the same models give the same bytes
        f.write(gzip.compress(f"{_model_digest(d)}\n{body}\n".encode(), mtime=0))
    return len(names)


def known_attributes(model_dir: str | Path) -> frozenset[str] | None:
    """The attributes the CRF files know, or None when the list is missing or was written for other
    model files (then nothing is left out)."""
    d = Path(model_dir)
    p = d / ATTRIBUTES_FILE
    if not p.exists():
        return None
    digest, _, body = gzip.decompress(p.read_bytes()).decode("utf-8").partition("\n")
    if digest != _model_digest(d):
        return None
    return frozenset(body.splitlines())


def crf_marginals(tagger: pycrfsuite.Tagger, feats: list[list[list[str]]]) -> list[np.ndarray]:
    """Per sentence, the CRF's marginal probability of each label of :data:`LABELS` at each token."""
    out = []
    for f in feats:
        if not f:
            out.append(np.zeros((0, len(LABELS)), np.float32))
            continue
        tagger.set(f)
        marg = tagger.marginal
        out.append(np.array([[marg(lab, t) for lab in LABELS] for t in range(len(f))], dtype=np.float32))
    return out


class CrfMarginals:
    """Forward-backward marginals of a crfsuite model in numpy, many sentences at once (the same
    probabilities as ``Tagger.marginal``, without one Python call per label and token)."""

    def __init__(self, tagger: pycrfsuite.Tagger) -> None:
        info = tagger.info()
        col = {lab: i for i, lab in enumerate(LABELS)}
        self.index: dict[str, int] = {}
        for attr, _ in info.state_features:
            self.index.setdefault(attr, len(self.index))
        #: state weights, one row per attribute; the last row (unknown attributes) is zero
        self.state = np.zeros((len(self.index) + 1, len(LABELS)), np.float32)
        for (attr, lab), wt in info.state_features.items():
            self.state[self.index[attr], col[lab]] = wt
        trans = np.zeros((len(LABELS), len(LABELS)))
        for (a, b), wt in info.transitions.items():
            trans[col[a], col[b]] = wt
        self.exp_trans = np.exp(trans)

    def __call__(self, feats: list[list[list[str]]], batch: int = 128) -> list[np.ndarray]:
        """Per sentence of feature lists, the ``(n, 9)`` marginals in the order of :data:`LABELS`
        (sentences of similar length batched together)."""
        out: list[np.ndarray] = [np.zeros((0, len(LABELS)), np.float32) for _ in feats]
        order = sorted((i for i, f in enumerate(feats) if f), key=lambda i: len(feats[i]))
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            for i, m in zip(idx, self._batch([feats[i] for i in idx]), strict=True):
                out[i] = m
        return out

    def _batch(self, feats: list[list[list[str]]]) -> list[np.ndarray]:
        unk = len(self.index)
        get = self.index.get
        ids: list[int] = []
        starts: list[int] = []
        for f in feats:
            for tok in f:
                starts.append(len(ids))
                ids.append(unk)  # every token has one row at least
                ids.extend(map(get, tok, repeat(unk, len(tok))))
        lens = np.array([len(f) for f in feats])
        scores = np.add.reduceat(self.state[np.array(ids)], np.array(starts), axis=0)
        e = np.exp(scores - scores.max(1, keepdims=True))
        rows, pos, rev = padded_index(lens)
        b, t_max = len(feats), int(lens.max())
        fw = np.ones((b, t_max, len(LABELS)))  # padding: neutral
        bw = np.ones_like(fw)
        fw[rows, pos] = e
        bw[rows, rev] = e
        alpha = np.empty_like(fw)
        beta = np.empty_like(fw)
        a = fw[:, 0] / fw[:, 0].sum(1, keepdims=True)
        g = np.ones((b, len(LABELS)))
        alpha[:, 0], beta[:, 0] = a, g
        tt = self.exp_trans.T
        for t in range(1, t_max):
            a = (a @ self.exp_trans) * fw[:, t]
            a /= a.sum(1, keepdims=True)
            g = (bw[:, t - 1] * g) @ tt
            g /= g.sum(1, keepdims=True)
            alpha[:, t], beta[:, t] = a, g
        m = alpha[rows, pos] * beta[rows, rev]
        m = (m / m.sum(1, keepdims=True)).astype(np.float32)
        return np.split(m, np.cumsum(lens)[:-1])


def _open(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except OSError as exc:
        raise ResourceError(f"cannot open NER model {path}: {exc}") from None
    return tagger


class NerTagger:
    """Tags sentences with ANERcorp BIO tags (B-PERS, I-ORG, B-LOC, B-MISC, O …)."""

    def __init__(self, model_dir: str | Path | None = None, rules: bool = True, neural: bool = False) -> None:
        #: apply :mod:`marsad.ner.postprocess` to the CRF's tags (off: the CRF alone)
        self.rules = rules
        d = Path(model_dir) if model_dir else lexicon.resource_path("")
        meta_path = d / META_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.fset: str = meta.get("feature_set", "full")
        self.window: int = int(meta.get("window", WINDOW))
        if not (d / MODEL_FILE).exists():
            raise ResourceError(f"NER model {d / MODEL_FILE} is missing; run `marsad train ner`")
        self._pass1 = _open(d / MODEL_FILE)
        self._pass2 = _open(d / CTX_MODEL_FILE) if (d / CTX_MODEL_FILE).exists() else None
        #: features the models do not know are left out before tagging (same tags, faster)
        self.known = known_attributes(d)
        #: the neural stacker over pass-2 marginals (:mod:`marsad.ner.neural`): asked for with ``neural=True``
        #: (more accurate, about 13 µs more per token on first sight of a word; see MODEL_CARD.md)
        if neural and not (self._pass2 is not None and (d / NN_FILE).exists()):
            raise ResourceError(f"the neural NER stacker {d / NN_FILE} is missing; run `marsad train ner`")
        self._nn = NeuralStacker(d / NN_FILE) if neural else None
        self._marginals = CrfMarginals(self._pass2) if self._nn is not None else None

    def pass2_tagger(self) -> pycrfsuite.Tagger | None:
        """The pass-2 CRF (None: the model has one pass only)."""
        return self._pass2

    def pass2_features(self, sentences: list[list[str]], window: int | None = WINDOW) -> list[list[list[str]]]:
        """Pass-2 features of consecutive sentences (pass-1 tags of the context included)."""
        feats = [sentence_features(s, self.fset, self.known) if s else [] for s in sentences]
        tags = [list(self._pass1.tag(f)) if f else [] for f in feats]
        for f, c in zip(feats, context_features(sentences, tags, window), strict=True):
            for x, y in zip(f, c, strict=True):
                x.extend(y)
        return feats

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence on its own (no document context)."""
        return self.tag_sentences([tokens], window=0)[0]

    def tag_sentences(self, sentences: list[list[str]], window: int | None | str = "default"
                      ) -> list[list[str]]:
        """BIO tags for consecutive sentences; ``window`` sentences either side are the context.

        ``window=None`` treats all sentences as one document; ``"default"`` uses the model's window.
        """
        try:
            return self._tag_sentences(sentences, window)
        finally:
            phrase_matches_cached.cache_clear()  # shared by the features and the stacker within one call

    def _tag_sentences(self, sentences: list[list[str]], window: int | None | str) -> list[list[str]]:
        feats = [sentence_features(s, self.fset, self.known) if s else [] for s in sentences]
        tags = [list(self._pass1.tag(f)) if f else [] for f in feats]
        w = self.window if window == "default" else window
        if self._pass2 is not None and window != 0:
            ctx = context_features(sentences, tags, w)
            for f, c in zip(feats, ctx, strict=True):
                for x, y in zip(f, c, strict=True):
                    x.extend(y)
            if self._nn is not None:
                tags = self._nn.tag(sentences, self._marginals(feats))
            else:
                tags = [list(self._pass2.tag(f)) if f else [] for f in feats]
        if not self.rules:
            return tags
        tags = [quoted_titles(s, join_abd_names(s, join_names(s, t))) for s, t in zip(sentences, tags, strict=True)]
        return tags if window == 0 else propagate_spans(sentences, tags, w)


#: Environment variable that turns the neural stacker on for the pipeline's ``ner`` stage and ``marsad tag``.
NEURAL_ENV = "MARSAD_NER_NEURAL"


def neural_requested() -> bool:
    """Whether ``MARSAD_NER_NEURAL=1`` asks for the neural stacker."""
    return os.environ.get(NEURAL_ENV, "") in ("1", "true", "yes")


@functools.cache
def default_tagger(neural: bool | None = None) -> NerTagger:
    """The packaged model, loaded once: the two-pass CRF with rules, plus the neural stacker when
    ``neural`` (default: the ``MARSAD_NER_NEURAL`` environment variable) asks for it."""
    return NerTagger(neural=neural_requested() if neural is None else neural)
