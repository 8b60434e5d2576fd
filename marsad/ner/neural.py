"""The neural stacker of the NER tagger: a small BiLSTM over CRF marginals and word evidence, in numpy.

Input of each token: the pass-2 CRF's marginal probability of each BIO label, SaudiNewsNet SVD word
vectors (``ner_emb.npy``, rows in the order of ``clusters.tsv``) of the word and of its clitic-stripped
form, a character CNN over the normal form, and compact binary evidence (shape, proclitics, trigger
words, gazetteer matches, coarse cluster). Output: label probabilities, mixed with the CRF marginals
(``mix``) and decoded by BIO-constrained Viterbi. Trained with torch (:mod:`marsad.ner.neural_train`,
optional extra ``train-nn``); inference needs numpy only. Weights: ``ner_nn.npz``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy as np

from marsad.ner import lexicon
from marsad.ner.features import _word, norm_token, phrase_features, proclitic_forms

#: The BIO labels in the order of the network's outputs.
LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
#: Feature prefixes (of :func:`marsad.ner.features._word` and gazetteer phrases) given to the network.
SPARSE_PREFIXES = ("sh=", "pre=", "t=", "ts=", "g=", "gs=", "gB=", "gI=", "gnext=", "gprev=", "cstrip", "c0=",
                   "len=")
#: Characters of a word's normal form seen by the character CNN.
MAX_CHARS = 16
#: Scale of the (unit-length) word vectors at the input.
EMB_SCALE = 3.0
EMB_FILE = "ner_emb.npy"
NN_FILE = "ner_nn.npz"


@functools.cache
def embeddings() -> tuple[dict[str, int], np.ndarray]:
    """Word -> row, and the float32 word vectors (SaudiNewsNet PPMI-SVD, unit length)."""
    words = {w: i for i, w in enumerate(lexicon.clusters())}
    emb = np.load(lexicon.resource_path(EMB_FILE)).astype(np.float32)
    if emb.shape[0] != len(words):
        raise ValueError(f"{EMB_FILE} has {emb.shape[0]} rows for {len(words)} words of clusters.tsv")
    return words, emb


@functools.lru_cache(maxsize=200_000)
def token_input(tok: str) -> tuple[str, int, int, tuple[str, ...]]:
    """(normal form, vector row of the word, of its stripped form (-1: none), sparse features)."""
    words, _ = embeddings()
    n = norm_token(tok)
    forms = proclitic_forms(n)
    p, r = forms[-1]
    i2 = words.get(r, words.get("ال" + r, -1) if p.endswith("ال") else -1)
    if i2 < 0:
        for _, r in forms:
            i2 = words.get(r, -1)
            if i2 >= 0:
                break
    feats = tuple(x for x in _word(tok, "full")[0] if x.startswith(SPARSE_PREFIXES))
    return n, words.get(n, -1), i2, feats


def phrase_inputs(norms: list[str]) -> list[set[str]]:
    """Per token, the sparse features of the gazetteer phrase matches (B, I, before, after)."""
    return [set(f) for f in phrase_features(norms)]


def sentence_inputs(tokens: list[str]) -> tuple[list[tuple[str, int, int, tuple[str, ...]]], list[set[str]]]:
    """Per token: :func:`token_input`, and the sparse features with the gazetteer phrase matches."""
    infos = [token_input(t) for t in tokens]
    return infos, [set(x[3]) | p for x, p in zip(infos, phrase_inputs([x[0] for x in infos]), strict=True)]


def char_ids(norm: str, chars: dict[str, int]) -> np.ndarray:
    """Character ids of a normal form (0: padding, 1: unknown), ``MAX_CHARS`` long."""
    out = np.zeros(MAX_CHARS, dtype=np.int64)
    s = norm[:MAX_CHARS]
    out[: len(s)] = [chars.get(c, 1) for c in s]
    return out


def _allowed() -> tuple[np.ndarray, np.ndarray]:
    allowed = np.ones((len(LABELS), len(LABELS)), bool)
    start = np.ones(len(LABELS), bool)
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            start[j] = False
            for i, prev in enumerate(LABELS):
                if prev[2:] != lab[2:]:
                    allowed[i, j] = False
    return allowed, start


_ALLOWED, _START = _allowed()
_NEG = -1e9


def viterbi_batch(logp: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """BIO-constrained best label ids for padded log-probabilities ``(B, T, L)``."""
    b, t_max, n_lab = logp.shape
    trans = np.where(_ALLOWED, 0.0, _NEG)
    d = logp[:, 0] + np.where(_START, 0.0, _NEG)
    bp = np.zeros((b, t_max, n_lab), dtype=np.int64)
    for t in range(1, t_max):
        s = d[:, :, None] + trans
        bp[:, t] = s.argmax(1)
        d = np.where((t < lens)[:, None], s.max(1) + logp[:, t], d)
    best = d.argmax(1)
    out = np.zeros((b, t_max), dtype=np.int64)
    cur = best.copy()
    rows = np.arange(b)
    for t in range(t_max - 1, -1, -1):
        cur = np.where(t == lens - 1, best, cur)
        out[:, t] = cur
        if t > 0:
            cur = np.where(t < lens, bp[rows, t, cur], cur)
    return out


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralStacker:
    """The BiLSTM of ``ner_nn.npz`` (see the module docstring), run in numpy."""

    def __init__(self, path: str | Path) -> None:
        z = np.load(path, allow_pickle=False)
        self.meta = json.loads(str(z["meta"]))
        self.feats = {f: i for i, f in enumerate(self.meta["features"])}
        self.chars = {c: i + 2 for i, c in enumerate(self.meta["chars"])}
        self.mix = float(self.meta["mix"])
        w = {k: z[k].astype(np.float32) for k in z.files if k != "meta"}
        self.w = w
        _, emb = embeddings()
        self.dims = emb.shape[1]
        self.hidden = w["lstm.weight_hh_l0"].shape[1]
        # column blocks of the input layer: [word, stripped word, oov x2, sparse, chars, marginals]
        wi = w["inp.weight"]
        d, nf = self.dims, len(self.feats)
        self._w_emb1, self._w_emb2 = wi[:, :d], wi[:, d:2 * d]
        self._w_oov = wi[:, 2 * d:2 * d + 2]
        self._w_sp = wi[:, 2 * d + 2:2 * d + 2 + nf]
        self._w_char = wi[:, 2 * d + 2 + nf:2 * d + 2 + nf + w["conv.weight"].shape[0]]
        self._w_marg = wi[:, 2 * d + 2 + nf + w["conv.weight"].shape[0]:]
        self._static: dict[str, np.ndarray] = {}
        # the convolution's response to each character at each of its 3 positions (padding id 0 -> 0)
        k = w["conv.weight"]  # (filters, char_dim, 3)
        self._char_tables = tuple(w["cemb.weight"] @ k[:, :, j].T for j in range(3))
        # both LSTM directions stacked, gates reordered to (i, f, o, g): one sigmoid, one tanh per step
        h = self.hidden
        perm = np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]
        self._w_ih = np.stack([w[f"lstm.weight_ih_l0{s}"][perm].T for s in ("", "_reverse")])
        self._w_hh = np.stack([w[f"lstm.weight_hh_l0{s}"][perm].T for s in ("", "_reverse")])
        self._b = np.stack([(w[f"lstm.bias_ih_l0{s}"] + w[f"lstm.bias_hh_l0{s}"])[perm] for s in ("", "_reverse")])
        self._w_ih2 = np.concatenate([self._w_ih[0], self._w_ih[1]], axis=1)
        self._b2 = np.concatenate([self._b[0], self._b[1]])

    def _add_static(self, tokens: list[str]) -> None:
        """Cache the input layer's pre-activation from each word's own evidence (vectors, characters,
        its sparse features), for many new word types at once."""
        if len(self._static) > 200_000:
            self._static.clear()
        _, emb = embeddings()
        infos = [token_input(t) for t in tokens]
        i1 = np.array([x[1] for x in infos])
        i2 = np.array([x[2] for x in infos])
        v = self.w["inp.bias"] + (emb[np.maximum(i1, 0)] * ((i1 >= 0) * EMB_SCALE)[:, None]) @ self._w_emb1.T
        v += (emb[np.maximum(i2, 0)] * ((i2 >= 0) * EMB_SCALE)[:, None]) @ self._w_emb2.T
        v += np.stack([i1 < 0, i2 < 0], axis=1).astype(np.float32) @ self._w_oov.T
        # width-3 character convolution with zero padding, max-pooled (as torch's Conv1d, padding=1)
        get = self.chars.get
        pad = [0] * MAX_CHARS
        ids = np.array([([get(c, 1) for c in x[0][:MAX_CHARS]] + pad)[:MAX_CHARS] for x in infos], dtype=np.int64)
        t0, t1, t2 = self._char_tables
        conv = t1[ids] + self.w["conv.bias"]
        conv[:, 1:] += t0[ids[:, :-1]]
        conv[:, :-1] += t2[ids[:, 1:]]
        v += np.maximum(conv, 0.0).max(1) @ self._w_char.T
        sp = np.zeros((len(tokens), len(self.feats)), np.float32)
        feats = self.feats
        cells = [(k, feats[a]) for k, x in enumerate(infos) for a in x[3] if a in feats]
        if cells:
            rows, cols = zip(*cells, strict=True)
            sp[list(rows), list(cols)] = 1.0
        v += sp @ self._w_sp.T
        self._static.update(zip(tokens, v.astype(np.float32), strict=True))

    def _layer_in(self, sentences: list[list[str]], margs: list[np.ndarray]) -> np.ndarray:
        """The input layer's output ``(tokens, proj)`` for the tokens of all ``sentences`` in a row."""
        toks = [t for s in sentences for t in s]
        new = [t for t in dict.fromkeys(toks) if t not in self._static]
        if new:
            self._add_static(new)
        static = self._static
        x = np.stack([static[t] for t in toks])
        x += np.concatenate(margs) @ self._w_marg.T
        k = 0
        for s in sentences:
            for i, f in enumerate(phrase_inputs([token_input(t)[0] for t in s])):
                idx = [self.feats[a] for a in f if a in self.feats]
                if idx:
                    x[k + i] += self._w_sp[:, idx].sum(1)
            k += len(s)
        return np.maximum(x, 0.0)

    def _bilstm(self, gx: np.ndarray) -> np.ndarray:
        """Both directions at once: ``gx`` is ``(2, B, T, 4H)``, the input gates of the forward and of
        the reversed sentences; returns the hidden states ``(2, B, T, H)``."""
        h_dim = self.hidden
        _, b, t_max, _ = gx.shape
        h = np.zeros((2, b, h_dim), np.float32)
        c = np.zeros((2, b, h_dim), np.float32)
        out = np.empty((2, b, t_max, h_dim), np.float32)
        for t in range(t_max):
            g = gx[:, :, t] + np.matmul(h, self._w_hh)
            sig = _sigmoid(g[..., : 3 * h_dim])
            c = sig[..., h_dim:2 * h_dim] * c + sig[..., :h_dim] * np.tanh(g[..., 3 * h_dim:])
            h = sig[..., 2 * h_dim:] * np.tanh(c)
            out[:, :, t] = h
        return out

    def _probs_flat(self, sentences: list[list[str]], margs: list[np.ndarray]
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Network probabilities ``(tokens, 9)`` of all tokens in a row, with the padded positions
        ``(sentence, position)`` of each token and the sentence lengths."""
        lens = np.array([len(s) for s in sentences])
        rows, pos, rev = padded_index(lens)
        h_all = self._layer_in(sentences, margs)
        g4 = 4 * self.hidden
        g_all = h_all @ self._w_ih2 + self._b2  # (tokens, 8H): forward gates, backward gates
        gx = np.zeros((2, len(sentences), int(lens.max()), g4), np.float32)
        gx[0, rows, pos] = g_all[:, :g4]
        gx[1, rows, rev] = g_all[:, g4:]  # each sentence reversed
        out = self._bilstm(gx)
        hcat = np.concatenate([out[0, rows, pos], out[1, rows, rev]], axis=1)
        z = hcat @ self.w["out.weight"].T + self.w["out.bias"]
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(1, keepdims=True), rows, pos, lens

    def probabilities(self, sentences: list[list[str]], margs: list[np.ndarray]) -> list[np.ndarray]:
        """Label probabilities ``(n, 9)`` of the network for each (non-empty) sentence."""
        if not sentences:
            return []
        p, _, _, lens = self._probs_flat(sentences, margs)
        return np.split(p, np.cumsum(lens)[:-1])

    def tag(self, sentences: list[list[str]], margs: list[np.ndarray], batch: int = 128) -> list[list[str]]:
        """BIO tags: network probabilities mixed with the CRF marginals, BIO-constrained Viterbi."""
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            sub = [margs[i] for i in idx]
            p, rows, pos, lens = self._probs_flat([sentences[i] for i in idx], sub)
            lp = np.zeros((len(idx), int(lens.max()), len(LABELS)))
            lp[rows, pos] = np.log(self.mix * p + (1 - self.mix) * np.concatenate(sub) + 1e-9)
            best = viterbi_batch(lp, lens)
            for b, i in enumerate(idx):
                out[i] = [LABELS[j] for j in best[b, : lens[b]]]
        return out


def padded_index(lens: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For tokens in a row: their sentence, their position, and their position in the reversed
    sentence (to scatter into / gather from padded ``(sentences, positions)`` arrays)."""
    rows = np.repeat(np.arange(len(lens)), lens)
    starts = np.repeat(np.cumsum(lens) - lens, lens)
    pos = np.arange(int(lens.sum())) - starts
    return rows, pos, np.repeat(lens, lens) - 1 - pos
