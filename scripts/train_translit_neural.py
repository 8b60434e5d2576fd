"""EXPERIMENT (not shipped): does a small neural character model lift Arabic→Latin transliteration
of never-seen name words? Answer on the development split: by +0.007 to +0.026 exact, under the
+0.03 that would pay for wiring it in (and 3-18x the per-word cost), so marsad does not use it.

Data: exactly the evaluation build's training pairs of scripts/build_translit.py (both held-out
splits removed; its functions are imported, not copied), from which the development split is carved
as the translit settings were chosen: 5 % of the distinct steveash training forms, shuffled with
random.Random(1) (2,236 words); every pair of those forms leaves training (66,049 pairs remain) and
the dev references are all their training spellings. Only the dev split was read; the held-out
files were not read at all (nothing was integrated).

Steps (each cached under --work, default /tmp/tlnn):
  * ``devmodel``: the joint n-gram model + jackknifed reranker built by build_translit's own code
    from the training pairs minus the dev forms (~6 min);
  * ``train``: a character encoder-decoder with attention (BiGRU encoder 2x128, GRU decoder 256 with
    general (Luong) attention and input feeding, embeddings 64, dropout 0.2, lower-case Latin output;
    ~0.86 M parameters) trained in torch on one CPU thread, fixed seeds, batches of words of one
    length, Adam 2e-3, 14 epochs, the rate x0.75 each epoch after the third; dev exact-match (greedy)
    logged per epoch; ~68 s an epoch, ~16 min a network. ``--reverse`` spells the Latin right to left;
  * ``eval``: on the dev split, (a) the network alone (greedy, beam 8), (b) the networks' mean log
    probability of each hypothesis of the joint model's n-best (RERANK_BEAM/RERANK_NBEST = 8/8)
    added to the reranker's score with one weight λ chosen on dev (and a 2-fold cross-validation of
    λ on dev), (c) the union of the networks' beams (8) and the joint 8-best — neural-only forms get
    the joint model's scores by a beam search constrained to spell them (forced_hyp) — reranked the
    same way.

Figures (dev split, exact / character similarity; baseline = translit.py's decoding, the reranked
joint 8-best of the dev joint model: 0.2961 / 0.7905; the right answer is in that 8-best for 0.514):
  * net "nodev" (Adam 2e-3, x0.5 a epoch after the 8th): greedy 0.2621 / 0.7860, beam 0.2603;
    (b) λ=0.2 0.3010 (cv 0.2943); (c) 0.3095 (λ=0.2, cv 0.3059).
  * net "s2" (the defaults): dev greedy per epoch .208 .211 .208 .231 .241 .247 .255 .261 .264 .262
    .265 .263 .264 .269; (a) greedy 0.2692 / 0.7893, beam 0.2782 / 0.7928; oracle of its 8-beam
    0.619, of the union 0.630; (b) λ=0.4 0.3028 / 0.7949 (cv 0.2974); (c) reranker alone on the
    union 0.3032, λ=0.5 0.3122 / 0.7996 (cv 0.3099).
  * nodev + s2 (two left-to-right nets averaged): (b) 0.3032 (cv 0.3005); (c) 0.3126 (cv 0.3090).
  * s2 + "r2l" (same settings, ``--reverse``; greedy 0.2692 alone): best of the two beams by the
    mean score 0.2983 / 0.8007; (b) λ=0.6 0.3113 / 0.7977 (cv 0.3113); (c) oracle 0.664, λ=0.6
    0.3216 / 0.8028 (cv 0.3216) — the best figure, +0.0255 over the baseline.
  * nodev + s2 + r2l: (b) 0.3072 (cv 0.3064); (c) 0.3193 (cv 0.3193): the weaker net dilutes.
  * net "s2log" (s2 with each pair weighted 1 + ln count, ``--weighting log``): greedy 0.2737 /
    0.7898, beam 0.2853 / 0.7918; (b) λ=0.8 0.3090 (cv 0.3090); (c) λ=0.8 0.3166 / 0.8008 (cv
    0.3166). With r2l: (b) λ=0.6 0.3131 / 0.7971 (cv 0.3126); (c) λ=0.6 0.3216 / 0.8028 (cv 0.3202).
  * a second-stage softmax combiner over the union (12 features: reranker score and rank, neural
    score, rank and length-normalised score, in-joint flag), 5-fold CV on dev, with net nodev
    (a throwaway script, not kept): 0.3046-0.3059 against 0.3095 for the plain interpolation.
Costs: a numpy port of the network (float16 weights, 1.6 MB npz) matched torch to 4e-6 nats and
took ~4.8 ms to score the 8 candidates of a word and ~5 ms for a beam of 8 (on a busy 2-core
machine), against ~1.7 ms for the whole joint decode + rerank today: (b) with one net (s2log) ~3x
the per-word cost for +0.013, (c) with two nets ~18x for +0.026. Deterministic: two 1-epoch runs gave
identical weights (torch.equal on every tensor), and the s2 and nodev runs, identical through
their first three epochs, logged identical losses and dev figures.

Reproduce (OMP_NUM_THREADS=1; ~6 + 16 per net + ~1 min per eval):
  python scripts/train_translit_neural.py devmodel
  python scripts/train_translit_neural.py train --tag nodev --decay-after 8 --decay 0.5
  python scripts/train_translit_neural.py train --tag s2
  python scripts/train_translit_neural.py train --tag r2l --reverse
  python scripts/train_translit_neural.py train --tag s2log --weighting log
  python scripts/train_translit_neural.py eval --tag s2,r2l   (also nodev, s2, s2log, nodev,s2, s2log,r2l, …)
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_translit as B  # noqa: E402

from marsad.actors.translit import (  # noqa: E402
    RERANK_BEAM,
    RERANK_NBEST,
    ScoredHyp,
    TranslitModel,
    rerank_features,
    similarity,
)

#: the development split: share of the distinct steveash training forms, and its shuffle seed
DEV_SHARE = 20
DEV_SEED = 1

#: network sizes: character embeddings, encoder GRU per direction, decoder GRU
EMB = 64
ENC = 128
DEC = 256
DROPOUT = 0.2
#: training: batch size, Adam learning rate, epochs, the epoch after which the rate halves each epoch
BATCH = 64
LR = 2e-3
EPOCHS = 14
DECAY_AFTER = 3
DECAY = 0.75
CLIP = 1.0
SEED = 0
#: decoding: longest Latin output, neural beam width
MAX_OUT = 30
NN_BEAM = 8
#: interpolation weights of the neural log probability tried on dev
LAMBDAS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3, 1.6, 2.0, 3.0)

#: output symbols: padding, start, end, then a–z
LATIN = "abcdefghijklmnopqrstuvwxyz"
OUT_SYMBOLS = ["<pad>", "<s>", "</s>", *LATIN]
PAD, GO, STOP = 0, 1, 2

Pair = tuple[str, str, int]


@dataclass
class Splits:
    """The evaluation build's training pairs and the dev split carved from them."""

    train: list[Pair]  # the evaluation build's training pairs (held-out splits removed)
    rerank_forms: set[str]  # the forms the evaluation build jackknifes its reranker over
    dev: list[tuple[str, list[str]]]  # dev words and their training spellings, most frequent first
    train_nodev: list[Pair]  # ``train`` without the dev forms
    rerank_forms_nodev: set[str]
    all_pairs: list[Pair]  # the shipped build's training pairs (every pair)


def splits(shared: Path) -> Splits:
    """The data of the evaluation build (build_translit.build's own code path) and the dev split."""
    tdir = shared / "data" / "translit"
    steve = B.read_steveash(tdir / "steveash_wd_arabic.normalized.aligned.tokens")
    held, held_occ, occ = B.split_heldout(steve)
    google: list[Pair] = []
    for name in ("google_ar2en-train.txt", "google_ar2en-eval.txt"):
        google += B.read_google(tdir / name)
    steve_train = [(ar, lat, occ[(ar, lat)] - held_occ[(ar, lat)]) for ar, lat in sorted(occ)]
    steve_train = [p for p in steve_train if p[2] > 0]
    train = [p for p in steve_train + google if p[0] not in held]
    rerank_forms = {ar for ar, _, _ in steve_train if ar not in held}
    sforms = sorted(rerank_forms)
    random.Random(DEV_SEED).shuffle(sforms)
    dev_forms = set(sforms[: len(sforms) // DEV_SHARE])
    refs: dict[str, Counter] = defaultdict(Counter)
    for ar, lat, c in steve_train:
        if ar in dev_forms:
            refs[ar][lat] += c
    dev = [(ar, [lat for lat, _ in refs[ar].most_common()]) for ar in sorted(refs)]
    steve_all = [(ar, lat, occ[(ar, lat)]) for ar, lat in sorted(occ)]
    return Splits(train, rerank_forms, dev, [p for p in train if p[0] not in dev_forms],
                  rerank_forms - dev_forms, steve_all + google)


def in_vocab(pairs: Sequence[Pair]) -> list[str]:
    """Input symbols: padding, unknown, then the Arabic letters of the training pairs (sorted)."""
    return ["<pad>", "<unk>", *sorted({ch for ar, _, _ in pairs for ch in ar})]


def encode_src(word: str, index: dict[str, int]) -> list[int]:
    """Input ids of an Arabic word (unknown letters → 1)."""
    return [index.get(ch, 1) for ch in word]


def encode_tgt(form: str) -> list[int]:
    """Output ids of a lower-case Latin form, end mark included (letters outside a–z dropped)."""
    return [OUT_SYMBOLS.index(c) for c in form if c in LATIN] + [STOP]


def make_net(n_in: int) -> Any:
    """The torch encoder-decoder (built after ``torch.manual_seed``)."""
    import torch
    from torch import nn

    class Net(nn.Module):
        """BiGRU encoder; GRU decoder with general (Luong) attention and input feeding."""

        def __init__(self) -> None:
            super().__init__()
            self.src_emb = nn.Embedding(n_in, EMB, padding_idx=0)
            self.encoder = nn.GRU(EMB, ENC, batch_first=True, bidirectional=True)
            self.init = nn.Linear(2 * ENC, DEC)
            self.tgt_emb = nn.Embedding(len(OUT_SYMBOLS), EMB, padding_idx=0)
            self.cell = nn.GRUCell(EMB + DEC, DEC)
            self.att = nn.Linear(DEC, 2 * ENC, bias=False)
            self.comb = nn.Linear(DEC + 2 * ENC, DEC)
            self.out = nn.Linear(DEC, len(OUT_SYMBOLS))
            self.drop = nn.Dropout(DROPOUT)

        def encode(self, src: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            """Encoder states (B, S, 2·ENC) and the decoder's first state; a batch's words share a length."""
            states, last = self.encoder(self.drop(self.src_emb(src)))
            return states, torch.tanh(self.init(torch.cat([last[0], last[1]], -1)))

        def step(self, states: torch.Tensor, y: torch.Tensor, h: torch.Tensor,
                 o: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
            """One decoder step: log probabilities of the next symbol, new state, attentional output."""
            h = self.cell(torch.cat([self.drop(self.tgt_emb(y)), o], -1), h)
            a = torch.softmax(torch.bmm(states, self.att(h).unsqueeze(2)).squeeze(2), -1)
            ctx = torch.bmm(a.unsqueeze(1), states).squeeze(1)
            o = torch.tanh(self.comb(torch.cat([h, ctx], -1)))
            return torch.log_softmax(self.out(self.drop(o)), -1), h, o

        def forward(self, src: torch.Tensor, tgt: torch.Tensor) -> torch.Tensor:
            """Log probabilities (B, T, V) of each target position given the ones before (teacher forcing)."""
            states, h = self.encode(src)
            o = h.new_zeros(h.shape)
            y = torch.full((src.shape[0],), GO, dtype=torch.long)
            outs = []
            for t in range(tgt.shape[1]):
                lp, h, o = self.step(states, y, h, o)
                outs.append(lp)
                y = tgt[:, t]
            return torch.stack(outs, 1)

    return Net()


def batches(items: list[tuple[list[int], list[int], float]], rng: random.Random) -> list[list[int]]:
    """Index batches of ``items`` whose inputs share a length (no encoder padding), shuffled."""
    by_len: dict[int, list[int]] = defaultdict(list)
    for i, (src, _, _) in enumerate(items):
        by_len[len(src)].append(i)
    out = []
    for n in sorted(by_len):
        idx = by_len[n]
        rng.shuffle(idx)
        out += [idx[k : k + BATCH] for k in range(0, len(idx), BATCH)]
    rng.shuffle(out)
    return out


def pad_tgt(tgts: Sequence[list[int]]) -> Any:
    """A (B, T) long tensor of target ids padded with ``PAD``."""
    import torch

    t = max(len(x) for x in tgts)
    return torch.tensor([x + [PAD] * (t - len(x)) for x in tgts], dtype=torch.long)


def train_net(pairs: Sequence[Pair], epochs: int = EPOCHS, weighting: str = "none",
              dev: Sequence[tuple[str, list[str]]] | None = None, log: Any = sys.stderr,
              decay_after: int = DECAY_AFTER, decay: float = DECAY, reverse: bool = False) -> tuple[Any, list[str]]:
    """Train the network on ``pairs`` (one thread, fixed seeds); dev exact (greedy) logged per epoch.
    ``weighting``: ``none`` (each distinct pair once), ``log`` (1 + ln count) or ``count``;
    ``reverse``: the decoder spells the Latin form right to left."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    vocab = in_vocab(pairs)
    index = {c: i for i, c in enumerate(vocab)}
    wfun = {"none": lambda c: 1.0, "log": lambda c: 1.0 + math.log(c), "count": float}[weighting]
    items = [(encode_src(ar, index), encode_tgt(lat[::-1] if reverse else lat), wfun(c))
             for ar, lat, c in pairs if ar and lat]
    net = make_net(len(vocab))
    net.reverse = reverse
    opt = torch.optim.Adam(net.parameters(), lr=LR)
    rng = random.Random(SEED)
    for ep in range(epochs):
        if ep >= decay_after:
            for g in opt.param_groups:
                g["lr"] *= decay
        net.train()
        t0 = time.time()
        tot = den = 0.0
        for b in batches(items, rng):
            src = torch.tensor([items[i][0] for i in b], dtype=torch.long)
            tgt = pad_tgt([items[i][1] for i in b])
            w = torch.tensor([items[i][2] for i in b]).unsqueeze(1) * (tgt != PAD)
            lp = net(src, tgt).gather(2, tgt.unsqueeze(2)).squeeze(2)
            loss = -(lp * w).sum() / w.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), CLIP)
            opt.step()
            tot += float(loss.detach()) * float(w.sum())
            den += float(w.sum())
        msg = f"epoch {ep + 1}: loss {tot / den:.4f}, {time.time() - t0:.0f} s"
        if dev is not None:
            hyps = greedy(net, vocab, [ar for ar, _ in dev])
            msg += f", dev greedy exact {sum(h in r for h, (_, r) in zip(hyps, dev, strict=True)) / len(dev):.4f}"
        print(msg, file=log, flush=True)
    net.eval()
    return net, vocab


def _form(ids: Sequence[int], net: Any) -> str:
    """The Latin form of decoded output ids (read back left to right for a reversed network)."""
    s = "".join(OUT_SYMBOLS[t] for t in ids)
    return s[::-1] if getattr(net, "reverse", False) else s


def greedy(net: Any, vocab: list[str], words: Sequence[str]) -> list[str]:
    """Greedy decoding of each word (batched by length)."""
    import torch

    net.eval()
    index = {c: i for i, c in enumerate(vocab)}
    out = [""] * len(words)
    by_len: dict[int, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        by_len[len(w)].append(i)
    with torch.no_grad():
        for idx in by_len.values():
            src = torch.tensor([encode_src(words[i], index) for i in idx], dtype=torch.long)
            states, h = net.encode(src)
            o = h.new_zeros(h.shape)
            y = torch.full((len(idx),), GO, dtype=torch.long)
            done = torch.zeros(len(idx), dtype=torch.bool)
            seqs: list[list[int]] = [[] for _ in idx]
            for _ in range(MAX_OUT):
                lp, h, o = net.step(states, y, h, o)
                y = lp.argmax(-1)
                for k in range(len(idx)):
                    if not done[k] and int(y[k]) != STOP:
                        seqs[k].append(int(y[k]))
                done |= y == STOP
                if bool(done.all()):
                    break
            for k, i in enumerate(idx):
                out[i] = _form(seqs[k], net)
    return out


def beam(net: Any, vocab: list[str], word: str, width: int = NN_BEAM) -> list[tuple[str, float]]:
    """The ``width`` best forms of one word under the network, with their log probabilities."""
    import torch

    index = {c: i for i, c in enumerate(vocab)}
    with torch.no_grad():
        states, h = net.encode(torch.tensor([encode_src(word, index)], dtype=torch.long))
        o = h.new_zeros(h.shape)
        hyps: list[tuple[float, list[int]]] = [(0.0, [])]
        finished: list[tuple[float, list[int]]] = []
        for _ in range(MAX_OUT):
            k = len(hyps)
            y = torch.tensor([q[-1] if q else GO for _, q in hyps], dtype=torch.long)
            lp, h2, o2 = net.step(states.expand(k, -1, -1), y, h.expand(k, -1) if h.shape[0] != k else h,
                                  o.expand(k, -1) if o.shape[0] != k else o)
            cand = []
            for i, (s, q) in enumerate(hyps):
                row = lp[i].tolist()
                for t in range(3, len(OUT_SYMBOLS)):
                    cand.append((s + row[t], i, t))
                finished.append((s + row[STOP], q))
            best = heapq.nlargest(width, cand)
            finished = heapq.nlargest(width, finished, key=lambda x: x[0])
            if not best or (len(finished) == width and finished[-1][0] >= best[0][0]):
                break
            hyps = [(s, hyps[i][1] + [t]) for s, i, t in best]
            sel = torch.tensor([i for _, i, _ in best], dtype=torch.long)
            h, o = h2[sel], o2[sel]
    return [(_form(q, net), s) for s, q in finished]


def score_forms(net: Any, vocab: list[str], word: str, forms: Sequence[str]) -> list[float]:
    """Log probability of each Latin form (end mark included) given the word, under the network."""
    import torch

    if not forms:
        return []
    index = {c: i for i, c in enumerate(vocab)}
    tgts = [encode_tgt(f[::-1] if getattr(net, "reverse", False) else f) for f in forms]
    with torch.no_grad():
        src = torch.tensor([encode_src(word, index)] * len(forms), dtype=torch.long)
        tgt = pad_tgt(tgts)
        lp = net(src, tgt).gather(2, tgt.unsqueeze(2)).squeeze(2) * (tgt != PAD)
    return lp.sum(1).tolist()


def forced_hyp(m: TranslitModel, word: str, form: str, width: int = 64) -> ScoredHyp | None:
    """``form`` as a :data:`ScoredHyp` of the joint model (its best segmentation found by a beam
    search constrained to spell ``form``), or None when the model's chunks cannot spell it."""
    bos, eos = m.index[(B.BOS, B.BOS)], m.index[(B.EOS, B.EOS)]
    n = max(m.order - 1, 1)
    hyps: list[tuple[float, tuple[int, ...], int]] = [(0.0, (bos,) * n, 0)]
    for ch in word:
        cands = m.candidates.get(ch)
        if not cands:
            continue
        nxt: dict[tuple[tuple[int, ...], int], tuple[float, tuple[int, ...]]] = {}
        for lp, seq, j in hyps:
            for t, lpt in zip(cands, m.logprob_row(seq[-n:], ch), strict=True):
                chunk = m.tokens[t][1]
                if not form.startswith(chunk, j):
                    continue
                seq2 = seq + (t,)
                k = (seq2[-n:], j + len(chunk))
                if k not in nxt or lp + lpt > nxt[k][0]:
                    nxt[k] = (lp + lpt, seq2)
        hyps = heapq.nlargest(width, ((v[0], v[1], k[1]) for k, v in nxt.items()), key=lambda x: x[0])
        if not hyps:
            return None
    done = [(lp + m.logprob(seq[-n:], eos), seq[n:]) for lp, seq, j in hyps if j == len(form)]
    if not done:
        return None
    lp, seq = max(done, key=lambda x: x[0])
    lm, lm_long, bw = m.latin_lm, m.latin_lm_long, m.backward
    return (form, lp, tuple(m.tokens[t] for t in seq), lm.logprob(form) if lm else 0.0,
            bw.seq_logprob(seq[::-1]) if bw else 0.0, lm_long.logprob(form) if lm_long else 0.0)


def rerank_scores(m: TranslitModel, word: str, hyps: Sequence[ScoredHyp]) -> list[float]:
    """The reranker's score of each hypothesis of a list (as ``TranslitModel.best`` computes it)."""
    w = m.reranker or {}
    return [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in rerank_features(word, hyps)]


def dev_lists(m: TranslitModel, nets: Sequence[tuple[Any, list[str]]], words: Sequence[str]) -> list[dict[str, Any]]:
    """Per word: the first network's greedy form and beam; the joint n-best (RERANK_BEAM /
    RERANK_NBEST) with reranker scores and the networks' mean log probability; the union of the
    joint n-best and every network's beam, scored the same way."""
    out = []
    gre = greedy(nets[0][0], nets[0][1], words)
    for word, g in zip(words, gre, strict=True):
        hyps = m.scored_nbest(word, RERANK_BEAM, RERANK_NBEST)
        beams = [beam(net, vocab, word) for net, vocab in nets]
        joint = [h[0] for h in hyps]
        extra = sorted({f for nb in beams for f, _ in nb} - set(joint))
        forced = [h for h in (forced_hyp(m, word, f) for f in extra) if h is not None]
        union = sorted([*hyps, *forced], key=lambda h: -h[1])
        forms_u = [h[0] for h in union]
        nn_forms = sorted(set(forms_u) | {f for nb in beams for f, _ in nb})
        per_net = [score_forms(net, vocab, word, nn_forms) for net, vocab in nets]
        nlp_u = {f: sum(col) / len(nets) for f, col in zip(nn_forms, zip(*per_net, strict=True), strict=True)}
        out.append({"word": word, "greedy": g, "beam": beams[0],
                    "nn_best": max(nn_forms, key=lambda f: nlp_u[f]),
                    "b": [(f, r, nlp_u[f]) for f, r in zip(joint, rerank_scores(m, word, hyps), strict=True)],
                    "c": [(f, r, nlp_u[f]) for f, r in zip(forms_u, rerank_scores(m, word, union), strict=True)]})
    return out


def pick(lst: Sequence[tuple[str, float, float]], lam: float) -> str:
    """The form of a list with the best reranker score + ``lam`` × neural log probability."""
    return max(lst, key=lambda x: x[1] + lam * x[2])[0] if lst else ""


def score(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> tuple[float, float]:
    """Exact match and mean best character similarity of forms against reference lists."""
    n = max(len(hyps), 1)
    ex = sum(h in r for h, r in zip(hyps, refs, strict=True))
    sim = sum(max(similarity(h, x) for x in r) for h, r in zip(hyps, refs, strict=True))
    return ex / n, sim / n


def report(rows: Sequence[dict[str, Any]], refs: Sequence[list[str]], log: Any = sys.stderr) -> dict[str, Any]:
    """Figures (a), (b), (c) of the module docstring: λ chosen on the given rows, plus a 2-fold
    cross-validation of λ (chosen on one half, scored on the other)."""
    res: dict[str, Any] = {"n": len(rows)}
    res["a_greedy"] = score([r["greedy"] for r in rows], refs)
    res["a_beam"] = score([r["beam"][0][0] if r["beam"] else "" for r in rows], refs)
    res["a_nets_best_of_beams"] = score([r["nn_best"] for r in rows], refs)
    res["oracle_joint"] = sum(any(f in rf for f, _, _ in r["b"]) for r, rf in zip(rows, refs, strict=True)) / len(rows)
    res["oracle_union"] = sum(any(f in rf for f, _, _ in r["c"]) for r, rf in zip(rows, refs, strict=True)) / len(rows)
    res["oracle_nn_beam"] = sum(any(f in rf for f, _ in r["beam"]) for r, rf in zip(rows, refs, strict=True)) / len(rows)
    for key in ("b", "c"):
        curve = {lam: score([pick(r[key], lam) for r in rows], refs) for lam in LAMBDAS}
        best = max(LAMBDAS, key=lambda lam: (curve[lam][0], -lam))
        res[key + "_rerank_only"] = curve[0.0]
        res[key + "_best_lambda"] = best
        res[key + "_best"] = curve[best]
        res[key + "_curve"] = {str(k): round(v[0], 4) for k, v in curve.items()}
        cv = []
        for half in (0, 1):
            tune = [i for i in range(len(rows)) if i % 2 == half]
            test = [i for i in range(len(rows)) if i % 2 != half]
            lam = max(LAMBDAS, key=lambda lam, tune=tune: (
                score([pick(rows[i][key], lam) for i in tune], [refs[i] for i in tune])[0], -lam))
            cv += [(pick(rows[i][key], lam) in refs[i]) for i in test]
        res[key + "_cv2_exact"] = sum(cv) / len(cv)
    for k, v in res.items():
        print(f"{k}: {v}", file=log)
    return res


def save_net(net: Any, vocab: list[str], path: Path) -> None:
    """The network's weights and input vocabulary (torch format, for the experiment's steps)."""
    import torch

    torch.save({"state": net.state_dict(), "vocab": vocab, "reverse": getattr(net, "reverse", False)}, path)


def load_net(path: Path) -> tuple[Any, list[str]]:
    """A network saved by :func:`save_net`."""
    import torch

    d = torch.load(path)
    net = make_net(len(d["vocab"]))
    net.load_state_dict(d["state"])
    net.eval()
    net.reverse = d.get("reverse", False)
    return net, d["vocab"]


def build_devmodel(s: Splits, out: Path) -> None:
    """The joint model + jackknifed reranker of the training pairs minus the dev forms."""
    model, _ = B.make_model(B.align(s.train_nodev), s.train_nodev)
    model["reranker"] = B.fit_reranker(B.jackknife_lists(s.train_nodev, s.rerank_forms_nodev))
    out.write_bytes(gzip.compress(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode(), 9, mtime=0))


def load_devmodel(path: Path) -> TranslitModel:
    """The cached dev joint model."""
    return TranslitModel(json.loads(gzip.decompress(path.read_bytes())))


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("devmodel", "train", "eval"))
    ap.add_argument("--weighting", choices=("none", "log", "count"), default="none")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--decay-after", type=int, default=DECAY_AFTER)
    ap.add_argument("--decay", type=float, default=DECAY)
    ap.add_argument("--reverse", action="store_true", help="decode the Latin form right to left")
    ap.add_argument("--tag", default="nodev", help="name of the saved network under --work (eval: several, comma-separated, are averaged)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/tlnn"))
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    s = splits(a.shared)
    print(f"train {len(s.train)} pairs, dev {len(s.dev)} words, train minus dev {len(s.train_nodev)}",
          file=sys.stderr)
    if a.step == "devmodel":
        build_devmodel(s, a.work / "devmodel.json.gz")
    elif a.step == "train":
        net, vocab = train_net(s.train_nodev, a.epochs, a.weighting, s.dev, decay_after=a.decay_after,
                               decay=a.decay, reverse=a.reverse)
        save_net(net, vocab, a.work / f"net_{a.tag}.pt")
    elif a.step == "eval":
        import pickle

        import torch

        torch.set_num_threads(1)
        nets = [load_net(a.work / f"net_{tag}.pt") for tag in a.tag.split(",")]
        m = load_devmodel(a.work / "devmodel.json.gz")
        t0 = time.time()
        rows = dev_lists(m, nets, [ar for ar, _ in s.dev])
        print(f"dev lists: {time.time() - t0:.0f} s", file=sys.stderr)
        (a.work / f"rows_{a.tag}.pkl").write_bytes(pickle.dumps(rows))
        report(rows, [r for _, r in s.dev])


if __name__ == "__main__":
    main()
