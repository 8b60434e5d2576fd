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
from collections.abc import Iterable
from itertools import chain
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
def word_rows(tok: str) -> tuple[str, int, int]:
    """(normal form, vector row of the word, of its stripped form (-1: none))."""
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
    return n, words.get(n, -1), i2


@functools.lru_cache(maxsize=200_000)
def token_input(tok: str) -> tuple[str, int, int, tuple[str, ...]]:
    """(normal form, vector row of the word, of its stripped form (-1: none), sparse features)."""
    feats = tuple(x for x in _word(tok, "full")[0] if x.startswith(SPARSE_PREFIXES))
    return (*word_rows(tok), feats)


def sentence_inputs(tokens: list[str]) -> tuple[list[tuple[str, int, int, tuple[str, ...]]], list[set[str]]]:
    """Per token: :func:`token_input`, and the sparse features with the gazetteer phrase matches."""
    infos = [token_input(t) for t in tokens]
    return infos, [set(x[3]).union(p) for x, p in zip(infos, phrase_features([x[0] for x in infos]), strict=True)]


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
_TRANS_SCORE = np.where(_ALLOWED, 0.0, _NEG)
_START_SCORE = np.where(_START, 0.0, _NEG)


class Packed:
    """Sentences packed time-major, longest first (as torch's ``PackedSequence``): step ``t`` holds
    position ``t`` of the ``counts[t]`` sentences longer than ``t``, in rows ``offsets[t]:offsets[t + 1]``,
    so a recurrence runs over a shrinking prefix of the sentences and never over padding.

    ``fw`` / ``bw``: for each packed row, the token (index into the tokens of the sentences in a row)
    read at that step forward / in the reversed sentence."""

    def __init__(self, lens: np.ndarray) -> None:
        lens = np.asarray(lens, dtype=np.int64)
        #: the sentences longest first (stable), and their lengths in that order
        self.order = np.argsort(-lens, kind="stable")
        sl = lens[self.order]
        starts = (np.cumsum(lens) - lens)[self.order]
        steps = np.arange(int(sl[0]) if len(sl) else 0)[:, None]
        live = steps < sl[None, :]
        self.fw = (starts[None, :] + steps)[live]
        self.bw = (starts[None, :] + sl[None, :] - 1 - steps)[live]
        self.counts = live.sum(1)
        self.offsets = np.r_[0, np.cumsum(self.counts)]
        self.lens = sl

    def steps(self) -> range:
        """The time steps."""
        return range(len(self.counts))

    def rows(self, t: int) -> slice:
        """The packed rows of step ``t``."""
        return slice(int(self.offsets[t]), int(self.offsets[t + 1]))


def viterbi_packed(logp: np.ndarray, pk: Packed, trans: np.ndarray | None = None,
                   start: np.ndarray | None = _START_SCORE) -> np.ndarray:
    """Best label ids for the scores ``(tokens, L)`` of sentences in a row, with transition scores
    ``trans`` (default: BIO constraints) and start scores ``start`` (default: no entity starts with
    I-); crfsuite's decoding (ties go to the lowest label id), without padding."""
    if trans is None:
        trans = _TRANS_SCORE
    lp = np.take(logp, pk.fw, 0)
    n0 = int(pk.counts[0])
    d = lp[pk.rows(0)].copy() if start is None else lp[pk.rows(0)] + start
    bps = [np.zeros((n0, len(LABELS)), np.int64)]
    for t in pk.steps()[1:]:
        n = int(pk.counts[t])
        s = d[:n, :, None] + trans
        bps.append(s.argmax(1))
        d[:n] = s.max(1) + lp[pk.rows(t)]
    cur = d.argmax(1)
    out = np.empty(len(lp), np.int64)
    for t in reversed(pk.steps()):
        n = int(pk.counts[t])
        out[pk.rows(t)] = cur[:n]
        if t > 0:
            cur[:n] = bps[t][np.arange(n), cur[:n]]
    res = np.empty_like(out)
    res[pk.fw] = out
    return res


class NeuralStacker:
    """The BiLSTM of ``ner_nn.npz`` (see the module docstring), run in numpy."""

    #: most tokens run through the network at once (memory: about 6 kB a token)
    CHUNK_TOKENS = 8192
    #: most word types whose input-layer vectors are kept (the cache starts again past it)
    CACHE_WORDS = 200_000

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
        n_char = w["conv.weight"].shape[0]
        self._w_emb1, self._w_emb2 = wi[:, :d], wi[:, d:2 * d]
        self._w_oov = wi[:, 2 * d:2 * d + 2]
        self._w_sp = wi[:, 2 * d + 2:2 * d + 2 + nf]
        self._w_sp_t = np.ascontiguousarray(self._w_sp.T)
        self._w_char = wi[:, 2 * d + 2 + nf:2 * d + 2 + nf + n_char]
        self._w_marg_t = np.ascontiguousarray(wi[:, 2 * d + 2 + nf + n_char:].T)
        # input-layer pre-activation from each word's own evidence, one row per word type seen
        self._row: dict[str, int] = {}
        self._static = np.zeros((1024, wi.shape[0]), np.float32)
        # the convolution's response to each character at each of its 3 positions (padding id 0 -> 0)
        k = w["conv.weight"]  # (filters, char_dim, 3)
        self._char_tables = tuple(w["cemb.weight"] @ k[:, :, j].T for j in range(3))
        # code point -> character id (0 unused, 1 unknown); the last entry stands for code points past it
        self._char_lut = np.ones(max(map(ord, self.chars), default=0) + 2, np.int64)
        for c, i in self.chars.items():
            self._char_lut[ord(c)] = i
        # both LSTM directions stacked, gates reordered to (i, f, o, g); the sigmoid gates' weights are
        # halved (exact in floating point) so that one tanh gives all four: sigmoid(x) = (tanh(x/2) + 1) / 2
        # (one entry per stacked layer; a layer above the first reads both directions of the one below)
        h = self.hidden
        perm = np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]
        scale = np.r_[np.full(3 * h, 0.5), np.ones(h)].astype(np.float32)
        self._layers: list[tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]] = []
        while f"lstm.weight_hh_l{len(self._layers)}" in w:
            n = len(self._layers)
            w_hh = np.stack([w[f"lstm.weight_hh_l{n}{s}"][perm].T * scale for s in ("", "_reverse")])
            w_ih = [np.ascontiguousarray(w[f"lstm.weight_ih_l{n}{s}"][perm].T * scale) for s in ("", "_reverse")]
            b = [(w[f"lstm.bias_ih_l{n}{s}"] + w[f"lstm.bias_hh_l{n}{s}"])[perm] * scale for s in ("", "_reverse")]
            self._layers.append((w_hh, w_ih, b))
        self._w_out_t = np.ascontiguousarray(w["out.weight"].T)

    def _add_static(self, tokens: list[str]) -> None:
        """Cache the input layer's pre-activation from each word's own evidence (vectors, characters,
        its sparse features), for many new word types at once."""
        _, emb = embeddings()
        rows = [word_rows(t) for t in tokens]
        i1 = np.fromiter((x[1] for x in rows), np.int64, len(rows))
        i2 = np.fromiter((x[2] for x in rows), np.int64, len(rows))
        # (np.take: the same rows as fancy indexing, several times faster)
        v = self.w["inp.bias"] + (np.take(emb, np.maximum(i1, 0), 0) * ((i1 >= 0) * EMB_SCALE)[:, None]) @ self._w_emb1.T
        v += (np.take(emb, np.maximum(i2, 0), 0) * ((i2 >= 0) * EMB_SCALE)[:, None]) @ self._w_emb2.T
        v += np.stack([i1 < 0, i2 < 0], axis=1).astype(np.float32) @ self._w_oov.T
        v += self._char_features([x[0] for x in rows]) @ self._w_char.T
        v += self._sparse(_word(t, "full")[0] for t in tokens) @ self._w_sp_t
        n0 = len(self._row)
        if n0 + len(tokens) > len(self._static):
            grown = np.zeros((max(2 * len(self._static), n0 + len(tokens)), v.shape[1]), np.float32)
            grown[:n0] = self._static[:n0]
            self._static = grown
        self._static[n0:n0 + len(tokens)] = v
        self._row.update(zip(tokens, range(n0, n0 + len(tokens)), strict=True))

    def _char_features(self, norms: list[str]) -> np.ndarray:
        """The character CNN's output ``(words, filters)``: a width-3 convolution over the ids of the first
        ``MAX_CHARS`` characters, zero-padded (as torch's Conv1d, padding=1, over :func:`char_ids`),
        ReLU, max over positions. Words are taken by length: past a word's end every position sees
        padding only, so its response is the bias and need not be computed."""
        cut = [s[:MAX_CHARS] for s in norms]
        lens = np.fromiter(map(len, cut), np.int64, len(cut))
        cps = np.frombuffer("".join(cut).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        lut = self._char_lut
        flat = np.take(lut, np.minimum(cps, len(lut) - 1))
        starts = np.cumsum(lens) - lens
        t0, t1, t2 = self._char_tables
        bias = self.w["conv.bias"]
        out = np.empty((len(cut), len(bias)), np.float32)
        for n in np.unique(lens):
            who = np.flatnonzero(lens == n)
            if n == 0:
                out[who] = bias
                continue
            ids = np.take(flat, starts[who, None] + np.arange(n))  # (words, n)
            conv = np.take(t1, ids, 0)
            conv += bias
            conv[:, 1:] += np.take(t0, ids[:, :-1], 0)
            conv[:, :-1] += np.take(t2, ids[:, 1:], 0)
            m = conv.max(1)
            if n < MAX_CHARS:  # the padding right after the word sees its last character
                np.maximum(m, np.take(t0, ids[:, -1], 0) + bias, out=m)
            if n + 1 < MAX_CHARS:  # padding only
                np.maximum(m, bias, out=m)
            out[who] = m
        return np.maximum(out, 0.0, out=out)  # the max of the ReLU is the ReLU of the max

    def _sparse(self, feature_lists: Iterable[Iterable[str]]) -> np.ndarray:
        """0/1 matrix ``(items, features)`` of the network's sparse features among ``feature_lists``."""
        get = self.feats.get
        cols = [[j for j in map(get, fs) if j is not None] for fs in feature_lists]
        counts = np.fromiter(map(len, cols), np.int64, len(cols))
        sp = np.zeros((len(cols), len(self.feats)), np.float32)
        sp[np.repeat(np.arange(len(cols)), counts), np.fromiter(chain.from_iterable(cols), np.int64, int(counts.sum()))] = 1.0
        return sp

    def _layer_in(self, sentences: list[list[str]], margs: list[np.ndarray]) -> np.ndarray:
        """The input layer's output ``(tokens, proj)`` for the tokens of all ``sentences`` in a row."""
        toks = [t for s in sentences for t in s]
        row = self._row
        new = [t for t in dict.fromkeys(toks) if t not in row]
        if new and len(row) + len(new) > self.CACHE_WORDS:
            row.clear()  # start the cache again, with every word of this call
            new = list(dict.fromkeys(toks))
        if new:
            self._add_static(new)
        x = np.take(self._static, np.fromiter(map(row.__getitem__, toks), np.int64, len(toks)), 0)
        x += np.concatenate(margs) @ self._w_marg_t
        # the gazetteer phrase matches of each sentence (few tokens have any)
        at: list[int] = []
        found: list[set[str]] = []
        k = 0
        for s in sentences:
            for i, f in enumerate(phrase_features([norm_token(t) for t in s])):
                if f:
                    at.append(k + i)
                    found.append(set(f))
            k += len(s)
        if at:
            x[at] += self._sparse(found) @ self._w_sp_t
        return np.maximum(x, 0.0, out=x)

    def _bilstm(self, gx: np.ndarray, pk: Packed, w_hh: np.ndarray) -> np.ndarray:
        """Both directions at once over packed sentences: ``gx`` is ``(2, rows, 4H)``, the input gates
        of the forward and of the reversed sentences in packed order; returns the hidden states
        ``(2, rows, H)`` in the same order."""
        hd = self.hidden
        n0 = int(pk.counts[0])
        h = np.zeros((2, n0, hd), np.float32)
        c = np.zeros((2, n0, hd), np.float32)
        out = np.empty((2, gx.shape[1], hd), np.float32)
        for t in pk.steps():
            n = int(pk.counts[t])
            r = pk.rows(t)
            g = np.matmul(h[:, :n], w_hh)
            g += gx[:, r]
            np.tanh(g, out=g)
            sig = g[..., :3 * hd]
            sig *= 0.5
            sig += 0.5
            cn = sig[..., hd:2 * hd] * c[:, :n]
            cn += sig[..., :hd] * g[..., 3 * hd:]
            c = cn
            h = sig[..., 2 * hd:] * np.tanh(cn)
            out[:, r] = h
        return out

    def _probs_packed(self, sentences: list[list[str]], margs: list[np.ndarray]) -> tuple[np.ndarray, Packed]:
        """Network probabilities ``(tokens, 9)`` of the tokens of all ``sentences`` in a row."""
        pk = Packed(np.array([len(s) for s in sentences]))
        h_in = self._layer_in(sentences, margs)
        hd = self.hidden
        out = np.empty((2, 0, hd), np.float32)  # the states of the layer below (none below the first)
        for n, (w_hh, w_ih, b) in enumerate(self._layers):
            if n:  # the layer below's states of both directions, in the order of the tokens
                h_in = np.empty((len(h_in), 2 * hd), np.float32)
                h_in[pk.fw, :hd] = out[0]
                h_in[pk.bw, hd:] = out[1]
            # input gates of each direction, rows in packed order
            gx = np.empty((2, len(h_in), 4 * hd), np.float32)
            for k, order in enumerate((pk.fw, pk.bw)):
                np.matmul(np.take(h_in, order, 0), w_ih[k], out=gx[k])
                gx[k] += b[k]
            out = self._bilstm(gx, pk, w_hh)
        z = np.empty((len(h_in), len(LABELS)), np.float32)
        z[pk.fw] = out[0] @ self._w_out_t[:hd]
        z[pk.bw] += out[1] @ self._w_out_t[hd:]
        z += self.w["out.bias"]
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        return p, pk

    def _chunks(self, sentences: list[list[str]]) -> list[list[int]]:
        """Indices of the non-empty sentences, by length, in groups of at most ``CHUNK_TOKENS`` tokens."""
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        out: list[list[int]] = []
        cur: list[int] = []
        size = 0
        for i in order:
            if cur and size + len(sentences[i]) > self.CHUNK_TOKENS:
                out.append(cur)
                cur, size = [], 0
            cur.append(i)
            size += len(sentences[i])
        if cur:
            out.append(cur)
        return out

    def probabilities(self, sentences: list[list[str]], margs: list[np.ndarray]) -> list[np.ndarray]:
        """Label probabilities ``(n, 9)`` of the network for each sentence."""
        out = [np.zeros((0, len(LABELS)), np.float32) for _ in sentences]
        for idx in self._chunks(sentences):
            p, _ = self._probs_packed([sentences[i] for i in idx], [margs[i] for i in idx])
            for i, q in zip(idx, np.split(p, np.cumsum([len(sentences[i]) for i in idx])[:-1]), strict=True):
                out[i] = q
        return out

    def tag(self, sentences: list[list[str]], margs: list[np.ndarray]) -> list[list[str]]:
        """BIO tags: network probabilities mixed with the CRF marginals, BIO-constrained Viterbi."""
        out: list[list[str]] = [[] for _ in sentences]
        for idx in self._chunks(sentences):
            sub = [margs[i] for i in idx]
            p, pk = self._probs_packed([sentences[i] for i in idx], sub)
            p *= self.mix
            p += (1 - self.mix) * np.concatenate(sub)
            p += 1e-9
            best = viterbi_packed(np.log(p).astype(np.float64), pk)
            k = 0
            for i in idx:
                n = len(sentences[i])
                out[i] = [LABELS[j] for j in best[k:k + n]]
                k += n
        return out
