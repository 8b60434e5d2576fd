"""The shipped NER tagger: two CRF passes over sentences of whitespace-free tokens.

Pass 1 (``ner.crfsuite``) tags each sentence from its own features. Pass 2 (``ner_ctx.crfsuite``,
optional) re-tags each sentence with, as extra features, what pass 1 found for the same words in
the other sentences of the document (see :mod:`marsad.ner.context`). A small BiLSTM
(``ner_nn.npz``, optional, :mod:`marsad.ner.neural`) re-reads pass 2's marginals with word vectors
and characters; its probabilities mixed with the marginals give the tags (with the stacker, both CRF
passes are computed in numpy from the model files, :class:`NumpyCrf`: the same pass-1 tags as crfsuite). Then rules
(:mod:`marsad.ner.postprocess`): a person name split in two is joined, untagged quoted work titles
become MISC, and multi-token entities are tagged again where they recur untagged in the document.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import struct
from itertools import chain, repeat
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.errors import ResourceError
from marsad.ner import lexicon
from marsad.ner.context import WINDOW, context_features
from marsad.ner.features import phrase_matches_cached, sentence_features
from marsad.ner.neural import LABELS, NN_FILE, NeuralStacker, Packed, viterbi_packed
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


#: The feature records of a crfsuite model file: type 0 a state feature (attribute -> label), 1 a transition.
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb_strings(buf: bytes, off: int) -> list[str]:
    """The strings of a crfsuite CQDB (constant quark database) at ``off``, in the order of their ids."""
    chunk, _, _, _, n, bwd = struct.unpack_from("<4sIIIII", buf, off)
    if chunk != b"CQDB":
        raise ValueError("no CQDB chunk")
    out = []
    for i, o in enumerate(np.frombuffer(buf, "<u4", n, off + bwd).tolist()):
        rid, size = struct.unpack_from("<iI", buf, off + o)
        if rid != i:
            raise ValueError("CQDB ids out of order")
        out.append(buf[off + o + 8:off + o + 7 + size].decode("utf-8"))
    return out


def read_crfsuite(path: str | Path) -> tuple[list[str], list[str], np.ndarray]:
    """Labels, attributes (in the order of their ids) and feature records (:data:`_FEATURE`) of a
    crfsuite CRF1d model file, read directly: ``Tagger.info()`` parses a text dump, ten times slower
    and with the weights rounded to 6 decimals."""
    buf = Path(path).read_bytes()
    try:
        magic, _, kind, _, _, _, _, off_feat, off_labels, off_attrs = struct.unpack_from("<4sI4sIIIIIII", buf, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        chunk, _, n = struct.unpack_from("<4sII", buf, off_feat)
        if chunk != b"FEAT":
            raise ValueError("no FEAT chunk")
        feats = np.frombuffer(buf, _FEATURE, n, off_feat + 12)
        return _cqdb_strings(buf, off_labels), _cqdb_strings(buf, off_attrs), feats
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read NER model {path}: {exc}") from None


class NumpyCrf:
    """crfsuite models scored in numpy from their files, many sentences at once: state scores summed
    in crfsuite's order (float64, the same bits), Viterbi with crfsuite's tie-breaking (so the same
    tags as ``Tagger.tag``) and forward-backward marginals (``Tagger.marginal``, without one Python
    call per label and token). One attribute lookup serves all the models."""

    #: most tokens whose feature weights are gathered at once (about 4.5 kB a token: kept in cache)
    CHUNK_TOKENS = 512

    def __init__(self, paths: list[Path]) -> None:
        models = [read_crfsuite(p) for p in paths]
        n_lab = len(LABELS)
        #: attribute -> row of :attr:`state`; the last row (unknown attributes) is zero
        self.index: dict[str, int] = {}
        for _, attrs, _ in models:
            for a in attrs:
                self.index.setdefault(a, len(self.index))
        #: each model's labels in the order of its ids (its columns of :attr:`state` and its transitions)
        self.labels: list[list[str]] = []
        self.state = np.zeros((len(self.index) + 1, n_lab * len(models)))
        self.trans: list[np.ndarray] = []
        for k, (labels, attrs, feats) in enumerate(models):
            if sorted(labels) != sorted(LABELS):
                raise ResourceError(f"NER model {paths[k]} has labels {labels}, not {list(LABELS)}")
            self.labels.append(labels)
            rows = np.array([self.index[a] for a in attrs], np.int64)
            st = feats[feats["type"] == 0]
            self.state[rows[st["src"]], k * n_lab + st["dst"]] = st["weight"]
            tr = feats[feats["type"] == 1]
            trans = np.zeros((n_lab, n_lab))
            trans[tr["src"], tr["dst"]] = tr["weight"]
            self.trans.append(trans)

    def scores(self, feats: list[list[list[str]]]) -> np.ndarray:
        """State scores ``(tokens, 9 x models)`` of the tokens of all sentences in a row, each model's
        columns in the order of its labels."""
        toks = [tok for f in feats for tok in f]
        out = np.zeros((len(toks), self.state.shape[1]))
        for a in range(0, len(toks), self.CHUNK_TOKENS):
            out[a:a + self.CHUNK_TOKENS] = self._scores(toks[a:a + self.CHUNK_TOKENS])
        return out

    def _scores(self, toks: list[list[str]]) -> np.ndarray:
        unk = len(self.index)
        counts = np.fromiter(map(len, toks), np.int64, len(toks))
        n_feats = int(counts.sum())
        ids = np.empty(n_feats + 1, np.int64)
        ids[:n_feats] = np.fromiter(map(self.index.get, chain.from_iterable(toks), repeat(unk)), np.int64, n_feats)
        ids[n_feats] = unk  # the zero row: reduceat needs a valid start for a featureless last token
        # row by row in the order of the features (as crfsuite adds them); unknown ones add zero
        scores = np.add.reduceat(np.take(self.state, ids, 0), np.cumsum(counts) - counts, axis=0)
        scores[counts == 0] = 0.0
        return scores

    def viterbi(self, scores: np.ndarray, lens: np.ndarray, model: int) -> list[list[str]]:
        """Per sentence, the best labels of ``model`` from its state scores (as ``Tagger.tag``)."""
        labels = self.labels[model]
        out: list[list[str]] = [[] for _ in lens]
        if scores.size:
            best = viterbi_packed(scores, Packed(lens), self.trans[model], None)
            k = 0
            for i, n in enumerate(lens.tolist()):
                out[i] = [labels[j] for j in best[k:k + n]]
                k += n
        return out

    def marginals(self, scores: np.ndarray, lens: np.ndarray, model: int) -> list[np.ndarray]:
        """Per sentence, the ``(n, 9)`` marginals of ``model`` (float32, columns in the order of
        :data:`LABELS`) from its state scores."""
        if not scores.size:
            return [np.zeros((0, len(LABELS)), np.float32) for _ in lens]
        e = np.exp(scores - scores.max(1, keepdims=True))
        exp_trans = np.exp(self.trans[model])
        pk = Packed(lens)
        fw, bw = np.take(e, pk.fw, 0), np.take(e, pk.bw, 0)
        alpha = np.empty_like(fw)
        beta = np.empty_like(bw)
        r0 = pk.rows(0)
        a = fw[r0] / fw[r0].sum(1, keepdims=True)
        g = np.ones_like(a)
        alpha[r0], beta[r0] = a, g
        tt = exp_trans.T
        for t in pk.steps()[1:]:
            n, r, prev = int(pk.counts[t]), pk.rows(t), pk.rows(t - 1)
            a = (a[:n] @ exp_trans) * fw[r]
            a /= a.sum(1, keepdims=True)
            g = (bw[prev][:n] * g[:n]) @ tt
            g /= g.sum(1, keepdims=True)
            alpha[r], beta[r] = a, g
        m = np.empty_like(e)
        m[pk.fw] = alpha
        mb = np.empty_like(e)
        mb[pk.bw] = beta
        m *= mb
        m /= m.sum(1, keepdims=True)
        m = m[:, [self.labels[model].index(lab) for lab in LABELS]].astype(np.float32)
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
        #: with the stacker, both CRF passes run in numpy (the same pass-1 tags; pass 2's marginals)
        self._crf = NumpyCrf([d / MODEL_FILE, d / CTX_MODEL_FILE]) if self._nn is not None else None

    def _pass1_features(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """Pass-1 features of each sentence (none for an empty one)."""
        return [sentence_features(s, self.fset, self.known) if s else [] for s in sentences]

    def pass2_tagger(self) -> pycrfsuite.Tagger | None:
        """The pass-2 CRF (None: the model has one pass only)."""
        return self._pass2

    def pass2_features(self, sentences: list[list[str]], window: int | None = WINDOW) -> list[list[list[str]]]:
        """Pass-2 features of consecutive sentences (pass-1 tags of the context included)."""
        feats = self._pass1_features(sentences)
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

    def _tag_stacked(self, sentences: list[list[str]], feats: list[list[list[str]]], window: int | None
                     ) -> list[list[str]]:
        """Pass 1 (numpy Viterbi, crfsuite's tags), pass 2's marginals with the context of pass 1's
        tags, then the neural stacker; one attribute lookup for both passes."""
        assert self._crf is not None and self._nn is not None
        n_lab = len(LABELS)
        lens = np.array([len(s) for s in sentences], dtype=np.int64)
        scores = self._crf.scores(feats)
        tags = self._crf.viterbi(scores[:, :n_lab], lens, 0)
        ctx = self._crf.scores(context_features(sentences, tags, window))
        margs = self._crf.marginals(scores[:, n_lab:] + ctx[:, n_lab:], lens, 1)
        return self._nn.tag(sentences, margs)

    def _tag_sentences(self, sentences: list[list[str]], window: int | None | str) -> list[list[str]]:
        w = self.window if window == "default" else window
        if window == 0 or self._pass2 is None:
            tags = [list(self._pass1.tag(f)) if f else [] for f in self._pass1_features(sentences)]
        elif self._nn is not None:
            tags = self._tag_stacked(sentences, self._pass1_features(sentences), w)
        else:
            tags = [list(self._pass2.tag(f)) if f else [] for f in self.pass2_features(sentences, w)]
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
