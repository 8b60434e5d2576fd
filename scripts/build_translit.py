"""Build the Arabic→Latin name transliteration model: the shipped build and the evaluation build.

Two products from one code path (same settings, both deterministic), written by the default invocation
``python scripts/build_translit.py`` one after the other:
  * the EVALUATION build, eval/translit/translit_heldout.json.gz (--eval-out; repo-only, not packaged):
    both held-out splits below removed from all training data; ``marsad eval translit`` and the held-out
    tests score it;
  * the SHIPPED build, marsad/resources/actors/translit.json.gz (--out): trained on every pair (no split
    removed), so that users get every name word we have (موسى → moussa).
``--only eval`` or ``--only shipped`` builds one of them. The held-out files are written either way
(unchanged: same seeds, same bytes). Each build takes several minutes (the jackknifed reranker).

Training data (both licences allow shipping a derived model):
  * ../shared/data/translit/steveash_wd_arabic.normalized.aligned.tokens  (Wikidata person-name
    tokens, CC0): ``latin<TAB>arabic letters separated by spaces<TAB>count``
  * ../shared/data/translit/google_ar2en-train.txt, -eval.txt (Apache-2.0): ``arabic<TAB>latin``
ANETAC is NOT used (licence unclear).

Held-out splits (both removed from ALL training data of the evaluation build, fixed seeds):
  * unseen words: 5 % of the distinct Arabic forms of the steveash file (sorted, shuffled with
    random.Random(0)), written to --heldout (``arabic<TAB>latin|latin…``);
  * name occurrences: 5 % of all steveash (arabic, latin) occurrences (one per Wikidata person name
    the word occurs in; sorted, expanded by count, shuffled with random.Random(0)), written next to
    it as heldout_occurrences.tsv (``arabic<TAB>latin<TAB>count``). This is the held-out-names view:
    a held-out person's name words may occur in other, training persons' names (محمد), as in use.

Method: (1) hard-EM Viterbi alignment of each Arabic letter to a Latin chunk of 0–4 letters;
(2) a joint-sequence n-gram model (order 5) over (letter, chunk) tokens with Kneser-Ney
continuation counts for lower orders, plus the same counts read right to left; (3) a word
dictionary (most frequent Latin form of each training Arabic word); (4) Latin character 4-gram and
6-gram models over the distinct Latin spellings of the training pairs; (5) a discriminative
reranker of the joint model's 32-best (beam 32): a log-linear model (softmax over the list, L2,
L-BFGS) over the four model scores, n-best rank and length, and indicator features of the
(letter, chunk) choices in context and of the form's Latin character trigrams
(marsad.actors.translit.rerank_features). Its training lists are jackknifed so that they look like
those of never-seen words: the training forms are cut into 5 folds (random.Random(2)) and each
fold's Wikidata forms are decoded by a model aligned and counted without that fold (and Latin models
without its spellings); a list is labelled by the training spellings of its word. Settings chosen on
a development split carved from the training forms (5 %, random.Random(1)), never on the held-out
names: exact 0.278 → 0.303 there with the 32-best reranked (decoding reranks the 8-best, for speed:
0.298 there); the shipped build reuses them as they are (its reranker is jackknifed the same way over
all the Wikidata forms). The jackknife makes each build take several minutes (``--no-rerank`` skips
it). Decoding lives in marsad/actors/translit.py. Deterministic: rebuilding gives byte-identical
artefacts.

Usage: python scripts/build_translit.py [--only eval|shipped] [--shared ../shared]
       [--out marsad/resources/actors/translit.json.gz] [--eval-out eval/translit/translit_heldout.json.gz]
       [--heldout eval/translit/heldout.tsv] [--no-rerank]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.actors.translit import BOS, EOS, TranslitModel, fold_latin, norm_ar, rerank_features  # noqa: E402

MAXCHUNK = 4
#: the Latin character model used to rerank the joint model's n-best (order and discount chosen on a
#: development split carved from the training forms, never on the held-out names)
LM_ORDER = 4
LM_DISCOUNT = 0.8
#: the second, longer Latin model the reranker reads
LM_LONG_ORDER = 6
#: the reranker: jackknife folds, L2 strength (C = 1 / λ) and L-BFGS iterations (chosen on the
#: development split: 0.303 exact there against 0.278 for the joint + Latin model scores alone)
RERANK_FOLDS = 5
RERANK_C = 0.03
RERANK_ITERS = 300
#: Arabic letters that may stand for a vowel, or for nothing; every other letter must take a Latin
#: chunk that starts with a consonant (vowels Arabic does not write attach to the letter before them).
AR_VOWELISH = set("اويىةهعءأإآئؤ")
LAT_VOWELS = set("aeiou")


def allowed(a: str, chunk: str) -> bool:
    """The alignment convention: consonant letters take a chunk that starts with a consonant."""
    if a in AR_VOWELISH:
        return True
    return bool(chunk) and chunk[0] not in LAT_VOWELS


def read_steveash(path: Path) -> list[tuple[str, str, int]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        lat, ar = parts[0], norm_ar(parts[1].replace(" ", ""))
        c = int(parts[2]) if len(parts) > 2 and parts[2].strip().isdigit() else 1
        lat = fold_latin(lat).replace(" ", "")
        if ar and lat:
            out.append((ar, lat, c))
    return out


def read_google(path: Path) -> list[tuple[str, str, int]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        ar, lat = norm_ar(parts[0]), fold_latin(parts[1]).replace(" ", "")
        if ar and lat and " " not in ar:
            out.append((ar, lat, 1))
    return out


def align(pairs: list[tuple[str, str, int]], iters: int = 5) -> list[tuple[tuple[str, str, int], list[tuple[str, str]]]]:
    """Hard-EM alignment: each Arabic letter takes a (possibly empty) Latin chunk."""
    logp: dict[tuple[str, str], float] = {}

    def score(a: str, chunk: str) -> float:
        s = logp.get((a, chunk))
        if s is not None:
            return s
        if not logp:  # first pass: prefer 1–2 letter chunks
            return -abs(len(chunk) - 1.3)
        return -12.0 - 2.0 * len(chunk)

    result: list = []
    for it in range(iters):
        counts: Counter = Counter()
        result = []
        for ar, lat, c in pairs:
            n, m = len(ar), len(lat)
            NEG = -1e18
            dp = [[NEG] * (m + 1) for _ in range(n + 1)]
            bp = [[0] * (m + 1) for _ in range(n + 1)]
            dp[0][0] = 0.0
            for i in range(n):
                a = ar[i]
                row, nrow, nbp = dp[i], dp[i + 1], bp[i + 1]
                for j in range(m + 1):
                    base = row[j]
                    if base <= NEG / 2:
                        continue
                    for k in range(0, min(MAXCHUNK, m - j) + 1):
                        if not allowed(a, lat[j : j + k]):
                            continue
                        s = base + score(a, lat[j : j + k])
                        if s > nrow[j + k]:
                            nrow[j + k] = s
                            nbp[j + k] = k
            if dp[n][m] <= NEG / 2:
                continue
            segs = []
            j = m
            for i in range(n, 0, -1):
                k = bp[i][j]
                segs.append((ar[i - 1], lat[j - k : j]))
                j -= k
            segs.reverse()
            result.append(((ar, lat, c), segs))
            for s in segs:
                counts[s] += c
        tot: Counter = Counter()
        for (a, _ch), v in counts.items():
            tot[a] += v
        logp = {k: math.log(v / tot[k[0]]) for k, v in counts.items()}
        print(f"align iter {it}: {len(result)} aligned, {len(counts)} pairs", file=sys.stderr)
    return result


def make_model(aligned: list, train: list[tuple[str, str, int]], order: int = 5, min_high: int = 1,
               discount: float = 0.9, weighted: bool = False) -> tuple[dict[str, Any], int]:
    """The model dictionary (see marsad/actors/translit.py) from aligned training pairs; and its n-gram count."""
    # word dictionary: most frequent Latin form
    wd: dict[str, Counter] = defaultdict(Counter)
    for ar, lat, c in train:
        wd[ar][lat] += c
    words = {ar: cs.most_common(1)[0][0] for ar, cs in wd.items()}
    # token ids
    tok_count: Counter = Counter()
    tokens: list[tuple[str, str]] = [(BOS, BOS), (EOS, EOS)]
    index = {t: i for i, t in enumerate(tokens)}
    seqs = []
    weights = []
    for (_ar, _lat, c), segs in aligned:
        weights.append(c if weighted else 1)
        ids = [0]
        for s in segs:
            if s not in index:
                index[s] = len(tokens)
                tokens.append(s)
            ids.append(index[s])
            tok_count[index[s]] += 1
        ids.append(1)
        seqs.append(ids)
    contexts, n_ngrams = ngram_contexts(seqs, weights, order, min_high)
    # the same model read right to left, to rescore the n-best
    contexts_rl, _ = ngram_contexts([[0, *ids[-2:0:-1], 1] for ids in seqs], weights, order, min_high)
    cands: dict[str, Counter] = defaultdict(Counter)
    for t, c in tok_count.items():
        ar, ch = tokens[t]
        cands[ar][t] += c
    candidates = {ar: [t for t, c in cs.most_common() if c >= 2 or len(cs) < 4][:24] for ar, cs in cands.items()}
    spellings = sorted({lat for _, lat, _ in train})
    model = {"order": order, "discount": discount, "tokens": tokens, "candidates": candidates,
             "contexts": contexts, "contexts_rl": contexts_rl, "words": words,
             "latin_lm": latin_lm(spellings, LM_ORDER, LM_DISCOUNT),
             "latin_lm_long": latin_lm(spellings, LM_LONG_ORDER, LM_DISCOUNT)}
    return model, n_ngrams


def ngram_contexts(seqs: list[list[int]], weights: list[int], order: int,
                   min_high: int = 1) -> tuple[dict[str, list[int]], int]:
    """Serialised n-gram contexts of token-id sequences (``BOS … EOS``): highest-order counts (each
    sequence counted ``weight`` times), Kneser-Ney continuation counts below; and the n-gram count."""
    high: Counter = Counter()
    for ids, w in zip(seqs, weights, strict=True):
        padded = [0] * (order - 2) + ids
        for i in range(order - 1, len(padded)):
            gram = tuple(padded[i - order + 1 : i + 1])
            if gram[-1] == 0:
                continue
            high[gram] += w
    levels = continuation_levels(high, order)
    contexts: dict[str, list[int]] = {}
    n_ngrams = 0
    for k in range(1, order + 1):
        for gram, c in sorted(levels[k].items()):
            if k == order and c < min_high:
                continue
            entry = contexts.setdefault(",".join(map(str, gram[:-1])), [0, 0])
            entry[0] += c
            entry[1] += 1
            entry += [gram[-1], c]
            n_ngrams += 1
    return contexts, n_ngrams


def jackknife_lists(train: list[tuple[str, str, int]], targets: set[str], folds: int = RERANK_FOLDS
                    ) -> Iterator[tuple[list[dict[str, float]], list[bool]]]:
    """Reranker training lists: the forms of ``targets`` decoded by models built without their fold
    (distinct Arabic forms of ``train``, shuffled with random.Random(2)), so that their n-best look
    like those of never-seen words; each list as (features per hypothesis, is it a reference)."""
    refs: dict[str, set[str]] = defaultdict(set)
    for ar, lat, _ in train:
        refs[ar].add(lat)
    forms = sorted(refs)
    random.Random(2).shuffle(forms)
    fold = {ar: i % folds for i, ar in enumerate(forms)}
    for k in range(folds):
        part = [p for p in train if fold[p[0]] != k]
        model = TranslitModel(make_model(align(part), part)[0])
        words = sorted(ar for ar in targets if fold.get(ar) == k)
        for ar in words:
            hyps = model.scored_nbest(ar)
            if hyps:
                yield rerank_features(ar, hyps), [h[0] in refs[ar] for h in hyps]
        print(f"reranker fold {k}: {len(words)} forms", file=sys.stderr)


def fit_reranker(lists: Iterable[tuple[list[dict[str, float]], list[bool]]], c: float = RERANK_C,
                 iters: int = RERANK_ITERS) -> dict[str, float]:
    """Weights of a log-linear reranker: the L2-penalised log probability of the references of each
    list (softmax over the list; lists without a reference are left out), fitted with L-BFGS."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.optimize import minimize

    fid: dict[str, int] = {}
    rows, cols, vals = array("i"), array("i"), array("d")
    ys: list[bool] = []
    starts: list[int] = []
    for feats, labels in lists:
        if not any(labels):
            continue
        starts.append(len(ys))
        for f, y in zip(feats, labels, strict=True):
            r = len(ys)
            for k, v in f.items():
                rows.append(r)
                cols.append(fid.setdefault(k, len(fid)))
                vals.append(v)
            ys.append(y)
    x = sp.csr_matrix((np.frombuffer(vals, dtype=np.float64), (np.frombuffer(rows, dtype=np.int32),
                      np.frombuffer(cols, dtype=np.int32))), shape=(len(ys), len(fid)))
    y = np.array(ys, dtype=np.float64)
    st = np.array(starts)
    group = np.repeat(np.arange(len(st)), np.diff(np.append(st, len(ys))))

    def loss_grad(w: Any) -> tuple[float, Any]:
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, st)[group])
        z = np.add.reduceat(e, st)
        zc = np.add.reduceat(e * y, st)
        loss = -float((np.log(zc) - np.log(z)).sum()) + 0.5 / c * float(w @ w)
        grad = x.T @ (e / z[group] - e * y / zc[group]) + w / c
        return loss, grad

    res = minimize(loss_grad, np.zeros(len(fid)), jac=True, method="L-BFGS-B", options={"maxiter": iters})
    print(f"reranker: {len(st)} lists, {len(fid)} features, {res.nit} iterations", file=sys.stderr)
    weights = {k: round(float(res.x[j]), 4) for k, j in fid.items()}
    return {k: v for k, v in sorted(weights.items()) if v != 0.0}


def continuation_levels(high: Counter, order: int) -> dict[int, Counter]:
    """Counts per n-gram order: ``high`` at the top, Kneser-Ney continuation counts below."""
    levels: dict[int, Counter] = {order: high}
    for k in range(order - 1, 0, -1):
        cont: Counter = Counter()
        for gram in levels[k + 1]:
            cont[gram[1:]] += 1
        levels[k] = cont
    return levels


def latin_lm(words: list[str], order: int, discount: float) -> dict[str, Any]:
    """A Latin character n-gram model (each distinct training spelling once, KN continuation counts below).

    Serialised as ``{"order", "discount", "contexts": {context: [total, distinct, char, count, …]}}``
    with ``^`` padding the start and ``$`` ending a word.
    """
    high: Counter = Counter()
    for w in words:
        s = "^" * (order - 1) + w + "$"
        for i in range(order - 1, len(s)):
            high[s[i - order + 1 : i + 1]] += 1
    levels = continuation_levels(high, order)
    contexts: dict[str, list] = {}
    for k in range(1, order + 1):
        for gram, c in sorted(levels[k].items()):
            entry = contexts.setdefault(gram[:-1], [0, 0])
            entry[0] += c
            entry[1] += 1
            entry += [gram[-1], c]
    return {"order": order, "discount": discount, "contexts": contexts}


def split_heldout(steve: list[tuple[str, str, int]]) -> tuple[set[str], Counter, Counter]:
    """The two held-out splits of the steveash pairs (see the module docstring): the held-out Arabic
    forms, the held-out (arabic, latin) occurrences, and all (arabic, latin) occurrence counts."""
    forms = sorted({ar for ar, _, _ in steve})
    rng = random.Random(0)
    rng.shuffle(forms)
    held = set(forms[: len(forms) // 20])
    occ: Counter = Counter()
    for ar, lat, c in steve:
        occ[(ar, lat)] += c
    drawn = [k for k in sorted(occ) for _ in range(occ[k])]
    random.Random(0).shuffle(drawn)
    held_occ = Counter(drawn[: len(drawn) // 20])
    return held, held_occ, occ


def write_heldout(steve: list[tuple[str, str, int]], held: set[str], held_occ: Counter, heldout: Path,
                  occurrences: Path) -> None:
    """Write the unseen-word split (``arabic<TAB>latin|latin…``, most frequent first) and the name
    occurrence split (``arabic<TAB>latin<TAB>count``)."""
    refs: dict[str, Counter] = defaultdict(Counter)
    for ar, lat, c in steve:
        if ar in held:
            refs[ar][lat] += c
    heldout.parent.mkdir(parents=True, exist_ok=True)
    with heldout.open("w", encoding="utf-8") as f:
        for ar in sorted(refs):
            f.write(ar + "\t" + "|".join(lat for lat, _ in refs[ar].most_common()) + "\n")
    occurrences.parent.mkdir(parents=True, exist_ok=True)
    with occurrences.open("w", encoding="utf-8") as f:
        for (ar, lat), c in sorted(held_occ.items()):
            f.write(f"{ar}\t{lat}\t{c}\n")


def train_and_write(train: list[tuple[str, str, int]], rerank_forms: set[str], out: Path, order: int = 5,
                    min_high: int = 1, discount: float = 0.9, weighted: bool = False, rerank: bool = True) -> None:
    """Align ``train``, build the model (its reranker jackknifed over ``rerank_forms``) and write it
    gzipped to ``out`` (deterministic: same inputs, same bytes)."""
    aligned = align(train)
    model, n_ngrams = make_model(aligned, train, order, min_high, discount, weighted)
    if rerank:
        model["reranker"] = fit_reranker(jackknife_lists(train, rerank_forms))
    out.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.write_bytes(gzip.compress(data, 9, mtime=0))
    n_tokens = len(model["tokens"])
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {n_ngrams} n-grams, {n_tokens} tokens)",
          file=sys.stderr)


def build(shared: Path, out: Path | None, heldout: Path, eval_out: Path | None = None, order: int = 5,
          min_high: int = 1, discount: float = 0.9, weighted: bool = False, occurrences: Path | None = None,
          rerank: bool = True) -> None:
    """Write the held-out files, then the evaluation build to ``eval_out`` (both splits removed from
    all training data) and the shipped build to ``out`` (every pair); ``None`` skips a build."""
    tdir = shared / "data" / "translit"
    steve = read_steveash(tdir / "steveash_wd_arabic.normalized.aligned.tokens")
    held, held_occ, occ = split_heldout(steve)
    write_heldout(steve, held, held_occ, heldout, occurrences or heldout.with_name("heldout_occurrences.tsv"))
    google = []
    for name in ("google_ar2en-train.txt", "google_ar2en-eval.txt"):
        google += read_google(tdir / name)
    settings = {"order": order, "min_high": min_high, "discount": discount, "weighted": weighted, "rerank": rerank}
    if eval_out is not None:
        steve_train = [(ar, lat, occ[(ar, lat)] - held_occ[(ar, lat)]) for ar, lat in sorted(occ)]
        steve_train = [p for p in steve_train if p[2] > 0]
        train = [p for p in steve_train + google if p[0] not in held]
        print(f"evaluation build: train pairs {len(train)}, held-out forms {len(held)}, held-out "
              f"occurrences {sum(held_occ.values())}", file=sys.stderr)
        train_and_write(train, {ar for ar, _, _ in steve_train if ar not in held}, eval_out, **settings)
    if out is not None:
        steve_all = [(ar, lat, occ[(ar, lat)]) for ar, lat in sorted(occ)]
        train = steve_all + google
        print(f"shipped build: train pairs {len(train)} (no split removed)", file=sys.stderr)
        train_and_write(train, {ar for ar, _, _ in steve_all}, out, **settings)


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--out", type=Path, default=root / "marsad" / "resources" / "actors" / "translit.json.gz",
                    help="the shipped build (trained on every pair)")
    ap.add_argument("--eval-out", type=Path, default=root / "eval" / "translit" / "translit_heldout.json.gz",
                    help="the evaluation build (held-out splits removed from training)")
    ap.add_argument("--only", choices=("eval", "shipped"), help="build one of the two models (default: both)")
    ap.add_argument("--heldout", type=Path, default=root / "eval" / "translit" / "heldout.tsv")
    ap.add_argument("--order", type=int, default=5)
    ap.add_argument("--min-high", type=int, default=1)
    ap.add_argument("--discount", type=float, default=0.9)
    ap.add_argument("--weighted", action="store_true", help="count each Wikidata pair by its frequency")
    ap.add_argument("--no-rerank", action="store_true", help="skip the reranker (the jackknife takes minutes)")
    a = ap.parse_args()
    build(a.shared, None if a.only == "eval" else a.out, a.heldout, None if a.only == "shipped" else a.eval_out,
          a.order, a.min_high, a.discount, a.weighted, rerank=not a.no_rerank)


if __name__ == "__main__":
    main()
