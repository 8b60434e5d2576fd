"""Arabic → Latin transliteration of names.

Three layers, first hit wins: (1) spellings the knowledge base or the caller knows (``known``),
(2) a word dictionary learned from name pairs (most frequent Latin form of each Arabic word),
(3) a joint-sequence n-gram model over aligned (Arabic letter, Latin chunk) pairs, decoded with a
beam search, for words never seen; its 8-best is reranked (the build trains on 32-best lists) by a
log-linear reranker over the joint model's score, a right-to-left joint model's, two Latin character
n-gram models' and indicator features of the chunk choices and Latin trigrams
(:func:`rerank_features`). Multi-word names are handled word by word with a few rules from
``resources/actors/translit_rules.json`` (``عبد ال…`` compounds, the article ``ال``, regnal
ordinals as Roman numerals).

The shipped model (:func:`load_model`, every training pair) is built by ``scripts/build_translit.py``
into ``resources/actors/translit.json.gz``; the same script writes the evaluation build (held-out
splits removed) to ``eval/translit/translit_heldout.json.gz``, read with :func:`load_model_at`.
"""

from __future__ import annotations

import functools
import gzip
import heapq
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import ResourceError

#: Latin chunks tried per Arabic letter, hypotheses kept, and n-best reranked by the Latin character
#: model with weight LM_WEIGHT (the fallback when the model has no reranker). Chosen on a development
#: split carved from the training forms (5 %, random.Random(1)), never on the held-out names: 12/8/8
#: with a 4-gram Latin model at 0.5 scores 0.258 exact there (0.246 without the Latin model).
MAX_CANDIDATES = 12
BEAM = 8
NBEST = 8
LM_WEIGHT = 0.5
#: beam and n-best the build trains the discriminative reranker on
RERANK_TRAIN_BEAM = 32
RERANK_TRAIN_NBEST = 32
#: beam and n-best reranked when decoding: 8 keeps the pipeline's per-article cost (about 1.6 ms per
#: unseen word against 4.4 ms with 32) for 0.298 exact on the development split (0.306 with 32, 0.303 with 12)
RERANK_BEAM = 8
RERANK_NBEST = 8
#: beam pruning margin (nats below the best extension of a step)
PRUNE = 7.0

#: one n-best hypothesis as :meth:`TranslitModel.scored_nbest` gives it: (form, joint log prob, its
#: (letter, chunk) pairs, Latin model log prob, right-to-left joint log prob, longer Latin model log prob)
ScoredHyp = tuple[str, float, tuple[tuple[str, str], ...], float, float, float]

BOS = "<s>"
EOS = "</s>"

_AR_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b-\u200f\u061c\ufeff]")
_AR_MAP = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه", "ھ": "ه", "ٱ": "ا", "ﻳ": "ي", "ﻱ": "ي", "ﻭ": "و",
                         "ﻟ": "ل", "ﻊ": "ع", "ﺭ": "ر", "ﺑ": "ب", "ﺍ": "ا", "ﺪ": "د", "ڤ": "ف", "ڨ": "ق",
                         "گ": "ج", "چ": "ش", "پ": "ب"})
_LAT_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                              "æ": "ae", "œ": "oe", "ʿ": "", "ʾ": "", "ʻ": "", "ʼ": "", "'": "", "’": "",
                              "‘": "", "`": "", "-": "", "‐": "", "‑": "", ".": "", '"': ""})


def norm_ar(word: str) -> str:
    """Arabic word as the model sees it: no diacritics/tatweel/joiners, letter variants unified."""
    return _AR_DROP.sub("", word).translate(_AR_MAP).strip()


def fold_latin(s: str) -> str:
    """Lower-case ASCII form of a Latin name (accents and apostrophes removed) for training and scoring."""
    s = s.lower().translate(_LAT_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if "a" <= c <= "z" or c == " ")


def _entry(raw: list | None) -> tuple[int, int, dict] | None:
    """A stored context ``[total, distinct, sym, count, sym, count, …]`` as (total, distinct, counts)."""
    return None if raw is None else (raw[0], raw[1], dict(zip(raw[2::2], raw[3::2], strict=True)))


class LatinLM:
    """A Latin character n-gram model with interpolated absolute discounting (KN continuation counts)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.order: int = int(data["order"])
        self.discount: float = float(data["discount"])
        self._raw: dict[str, list] = data["contexts"]
        self._ctx: dict[str, tuple[int, int, dict[str, int]] | None] = {}
        self._cache: dict[tuple[str, str], float] = {}
        self.vocab_size = 28  # a–z, the end mark, one unseen

    def _context(self, ctx: str) -> tuple[int, int, dict[str, int]] | None:
        try:
            return self._ctx[ctx]
        except KeyError:
            entry = self._ctx[ctx] = _entry(self._raw.get(ctx))
            return entry

    def prob(self, ctx: str, ch: str) -> float:
        """P(ch | ctx), interpolated down to a uniform floor."""
        key = (ctx, ch)
        p = self._cache.get(key)
        if p is not None:
            return p
        lower = self.prob(ctx[1:], ch) if ctx else 1.0 / self.vocab_size
        entry = self._context(ctx)
        if entry is None:
            p = lower
        else:
            total, distinct, cs = entry
            p = (max(cs.get(ch, 0) - self.discount, 0.0) + self.discount * distinct * lower) / total
        if len(self._cache) > 1_000_000:
            self._cache.clear()
        self._cache[key] = p
        return p

    def logprob(self, word: str) -> float:
        """Log probability of a lower-case Latin word, end mark included."""
        n = self.order - 1
        s = "^" * n + word + "$"
        return sum(math.log(self.prob(s[i - n : i], s[i])) for i in range(n, len(s)))


class TranslitModel:
    """A joint-sequence n-gram model with interpolated Kneser-Ney-style discounting."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.order: int = int(data["order"])
        self.discount: float = float(data.get("discount", 0.75))
        self.tokens: list[tuple[str, str]] = [tuple(t) for t in data["tokens"]]
        self.index = {t: i for i, t in enumerate(self.tokens)}
        # candidates per Arabic letter: token ids, most frequent first
        self.candidates: dict[str, list[int]] = {}
        for ar, ids in data["candidates"].items():
            self.candidates[ar] = list(ids)[:MAX_CANDIDATES]
        self.words: dict[str, str] = dict(data.get("words", {}))
        self.latin_lm: LatinLM | None = LatinLM(data["latin_lm"]) if "latin_lm" in data else None
        # reranker inputs: the right-to-left joint model, a longer Latin model, the feature weights
        self.backward: TranslitModel | None = None
        if "contexts_rl" in data:
            self.backward = TranslitModel({"order": self.order, "discount": self.discount, "tokens": data["tokens"],
                                           "candidates": {}, "contexts": data["contexts_rl"]})
        self.latin_lm_long: LatinLM | None = LatinLM(data["latin_lm_long"]) if "latin_lm_long" in data else None
        self.reranker: dict[str, float] | None = data.get("reranker")
        # contexts: "i,j,k" → [total, distinct, tok, count, tok, count, …]; parsed on first use
        self._raw: dict[str, list[int]] = data["contexts"]
        self.counts: dict[tuple[int, ...], tuple[int, int, dict[int, int]] | None] = {}
        self.vocab_size = len(self.tokens)
        self._log_cache: dict[tuple[tuple[int, ...], int], float] = {}
        self._row_cache: dict[tuple[tuple[int, ...], str], list[float]] = {}
        self._levels: dict[tuple[int, ...], tuple[int, float, dict[int, float]] | None] = {}

    def logprob(self, ctx: tuple[int, ...], tok: int) -> float:
        """log P(tok | ctx), cached."""
        key = (ctx, tok)
        lp = self._log_cache.get(key)
        if lp is None:
            p = self.probs(ctx, (tok,))[0]
            lp = math.log(p) if p > 0 else -1e9
            if len(self._log_cache) > 2_000_000:
                self._log_cache.clear()
            self._log_cache[key] = lp
        return lp

    def seq_logprob(self, seq: Sequence[int]) -> float:
        """Log probability of a whole token sequence, end mark included."""
        n = max(self.order - 1, 1)  # the history length decode_segs keeps
        hist = (self.index[(BOS, BOS)],) * n
        s = 0.0
        for t in seq:
            s += self.logprob(hist, t)
            hist = (hist + (t,))[-n:]
        return s + self.logprob(hist, self.index[(EOS, EOS)])

    def logprob_row(self, ctx: tuple[int, ...], ch: str) -> list[float]:
        """``logprob(ctx, t)`` for every candidate token ``t`` of the Arabic letter ``ch``, cached per
        (context, letter)."""
        key = (ctx, ch)
        row = self._row_cache.get(key)
        if row is None:
            row = [math.log(p) if p > 0 else -1e9 for p in self.probs(ctx, self.candidates[ch])]
            if len(self._row_cache) > 200_000:
                self._row_cache.clear()
            self._row_cache[key] = row
        return row

    def probs(self, ctx: tuple[int, ...], toks: Sequence[int]) -> list[float]:
        """P(tok | ctx) for each of ``toks``: interpolated absolute discounting, computed from the
        empty context up through the suffixes of ``ctx``, down to a uniform floor."""
        level = self._level(())
        if level is None:
            ps = [1.0 / self.vocab_size] * len(toks)
        else:
            total, g, disc = level
            floor = g / self.vocab_size
            ps = [(disc.get(t, 0.0) + floor) / total for t in toks]
        for i in range(len(ctx) - 1, -1, -1):  # suffixes of ctx, shortest first
            level = self._level(ctx[i:])
            if level is not None:
                total, g, disc = level
                ps = [(disc.get(t, 0.0) + g * lo) / total for t, lo in zip(toks, ps, strict=True)]
        return ps

    def _level(self, ctx: tuple[int, ...]) -> tuple[int, float, dict[int, float]] | None:
        """(total, discount × distinct, discounted counts) of a context, as :meth:`probs` uses them."""
        try:
            return self._levels[ctx]
        except KeyError:
            entry = self.context(ctx)
            level = None
            if entry is not None:
                total, distinct, cs = entry
                level = (total, self.discount * distinct, {t: max(c - self.discount, 0.0) for t, c in cs.items()})
            self._levels[ctx] = level
            return level

    def context(self, ctx: tuple[int, ...]) -> tuple[int, int, dict[int, int]] | None:
        """(total, distinct continuations, counts) of a context, or None if unseen."""
        try:
            return self.counts[ctx]
        except KeyError:
            entry = self.counts[ctx] = _entry(self._raw.get(",".join(map(str, ctx))))
            return entry

    def decode(self, word: str, beam: int = BEAM, nbest: int = 1) -> list[tuple[str, float]]:
        """The ``nbest`` Latin forms of one Arabic word (already ``norm_ar``-ed), best first."""
        return [(out, s) for out, s, _ in self.decode_segs(word, beam, nbest)]

    def decode_segs(self, word: str, beam: int = BEAM, nbest: int = 1) -> list[tuple[str, float, tuple[int, ...]]]:
        """Like :meth:`decode`, each form with the token ids of its best segmentation. Extensions
        more than ``PRUNE`` nats below the best extension of the step are dropped."""
        bos = self.index[(BOS, BOS)]
        eos = self.index[(EOS, EOS)]
        n = max(self.order - 1, 1)
        pad = (bos,) * n
        hyps: list[tuple[float, tuple[int, ...], str]] = [(0.0, pad, "")]  # (score, BOS pad + tokens, form)
        for ch in word:
            cands = self.candidates.get(ch)
            if not cands:
                continue  # an unknown letter (digit, Latin) is skipped
            nxt: dict[tuple[tuple[int, ...], str], tuple[float, tuple[int, ...]]] = {}
            chunks = [self.tokens[t][1] for t in cands]
            floor = -1e18
            for lp, seq, out in hyps:  # best first
                if lp < floor:  # log probabilities are ≤ 0: no extension of this one or those after it can pass
                    break
                row = self.logprob_row(seq[-n:], ch)
                top = lp + max(row)
                if top < floor:
                    continue
                floor = max(floor, top - PRUNE)
                for t, lpt, chunk in zip(cands, row, chunks, strict=True):
                    s = lp + lpt
                    if s < floor:
                        continue
                    seq2 = seq + (t,)
                    k = (seq2[-n:], out + chunk)
                    old = nxt.get(k)
                    if old is None or s > old[0]:
                        nxt[k] = (s, seq2)
            hyps = heapq.nlargest(beam, ((s, q, o) for (_h, o), (s, q) in nxt.items()), key=lambda x: x[0])
            if not hyps:
                return [("", 0.0, ())]
        final: dict[str, tuple[float, tuple[int, ...]]] = {}
        for lp, seq, out in hyps:
            s = lp + self.logprob(seq[-n:], eos)
            if out not in final or s > final[out][0]:
                final[out] = (s, seq[n:])
        ranked = sorted(final.items(), key=lambda x: -x[1][0])[:nbest]
        return [(out, s, seq) for out, (s, seq) in ranked]

    def scored_nbest(self, word: str, beam: int = RERANK_TRAIN_BEAM, nbest: int = RERANK_TRAIN_NBEST) -> list[ScoredHyp]:
        """The joint model's n-best, each as a :data:`ScoredHyp`: the reranker's input."""
        lm, lm_long, bw = self.latin_lm, self.latin_lm_long, self.backward
        out: list[ScoredHyp] = []
        for form, lp, seq in self.decode_segs(word, beam, nbest):
            out.append((form, lp, tuple(self.tokens[t] for t in seq), lm.logprob(form) if lm else 0.0,
                        bw.seq_logprob(seq[::-1]) if bw else 0.0, lm_long.logprob(form) if lm_long else 0.0))
        return out

    def best(self, word: str) -> str:
        """The Latin form of one Arabic word (``norm_ar``-ed): the joint model's n-best, reranked by
        the discriminative reranker, or (older models) by joint log probability + ``LM_WEIGHT`` × the
        Latin character model's log probability."""
        if self.reranker is not None:
            hyps = self.scored_nbest(word, RERANK_BEAM, RERANK_NBEST)
            if not hyps:
                return ""
            w = self.reranker
            scores = [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in rerank_features(word, hyps)]
            return hyps[scores.index(max(scores))][0]
        if self.latin_lm is None:
            hyps = self.decode(word)
            return hyps[0][0] if hyps else ""
        hyps = self.decode(word, beam=BEAM, nbest=NBEST)
        if not hyps:
            return ""
        lm = self.latin_lm
        return max(hyps, key=lambda h: h[1] + LM_WEIGHT * lm.logprob(h[0]))[0]


def _rank_bucket(r: int) -> str:
    return "rk" + str(r if r < 4 else 4 if r < 8 else 8 if r < 16 else 16)


def rerank_features(word: str, hyps: Sequence[ScoredHyp]) -> list[dict[str, float]]:
    """The reranker's features of each hypothesis of :meth:`TranslitModel.scored_nbest` (best first):
    the four model scores, raw and relative to the list's best; n-best rank and length; and
    indicators of the (letter, chunk) choices — alone, by position, with the neighbouring Arabic
    letter or the chunk before — and of the form's Latin character trigrams."""
    if not hyps:
        return []
    best = hyps[0][1]
    best_lm = max(h[3] for h in hyps)
    best_rl = max(h[4] for h in hyps)
    best_long = max(h[5] for h in hyps)
    n = max(len(word), 1)
    feats = []
    for r, (out, lp, segs, lm, rl, lm_long) in enumerate(hyps):
        f: dict[str, float] = {"lp": lp, "lpd": lp - best, "lm": lm, "lmd": lm - best_lm, "lmn": lm / (len(out) + 1),
                               "rl": rl, "rld": rl - best_rl, "lm6": lm_long, "lm6d": lm_long - best_long,
                               _rank_bucket(r): 1.0, "len": len(out) / n,
                               "ld" + str(max(-2, min(4, len(out) - n))): 1.0}
        last = len(segs) - 1
        prev_a, prev_ch = "^", "^"
        for i, (a, ch) in enumerate(segs):
            pos = "B" if i == 0 else "E" if i == last else "M"
            next_a = segs[i + 1][0] if i < last else "$"
            for k in ("u|" + a + "|" + ch, "p|" + a + "|" + ch + "|" + pos, "l|" + prev_a + a + "|" + ch,
                      "r|" + a + next_a + "|" + ch, "c|" + prev_ch + "|" + a + "|" + ch):
                f[k] = f.get(k, 0.0) + 1.0
            prev_a, prev_ch = a, ch
        s = "^" + out + "$"
        for i in range(len(s) - 2):
            k = "g|" + s[i : i + 3]
            f[k] = f.get(k, 0.0) + 1.0
        feats.append(f)
    return feats


@functools.cache
def load_model() -> TranslitModel:
    """The shipped transliteration model (trained on every pair; loaded once)."""
    try:
        raw = resources.files("marsad.resources.actors").joinpath("translit.json.gz").read_bytes()
    except FileNotFoundError as exc:
        raise ResourceError("transliteration model missing: run scripts/build_translit.py") from exc
    return _model(raw)


def _model(raw: bytes) -> TranslitModel:
    return TranslitModel(json.loads(gzip.decompress(raw)))


@functools.cache
def load_model_at(path: str | Path) -> TranslitModel:
    """A transliteration model from a ``.json.gz`` file, such as the evaluation build
    ``eval/translit/translit_heldout.json.gz`` (loaded once per path)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise ResourceError(f"transliteration model missing: {p} (run scripts/build_translit.py)") from exc
    return _model(raw)


@functools.cache
def rules() -> dict[str, Any]:
    """Word-level rules (compounds, article, fixed particles)."""
    raw = resources.files("marsad.resources.actors").joinpath("translit_rules.json").read_text("utf-8")
    return json.loads(raw)


def _cap(s: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in s.split("-"))


def translit_word(word: str, model: TranslitModel | None = None, use_dictionary: bool = True) -> str:
    """Lower-case Latin form of one Arabic word (dictionary first, then the model)."""
    if model is None and use_dictionary:
        return _translit_word_cached(word)
    return _translit_word(word, model or load_model(), use_dictionary)


@functools.lru_cache(maxsize=100_000)
def _translit_word_cached(word: str) -> str:
    return _translit_word(word, load_model(), True)


def _translit_word(word: str, m: TranslitModel, use_dictionary: bool) -> str:
    w = norm_ar(word)
    if not w:
        return ""
    fixed = rules()["words"].get(w)
    if fixed is not None:
        return fixed
    if use_dictionary and w in m.words:
        return m.words[w]
    return m.best(w)


#: Roman numeral values, largest first
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Roman numeral of a positive integer (``14`` → ``XIV``)."""
    out = []
    for value, numeral in _ROMAN:
        k, n = divmod(n, value)
        out.append(numeral * k)
    return "".join(out)


def _regnal(words: Sequence[str], i: int, r: dict[str, Any]) -> tuple[int, int] | None:
    """(number, words used) of a regnal ordinal starting at ``words[i]`` (``الثاني``, ``الرابع عشر``)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    unit = r["regnal_ordinals"].get(w)
    if nxt in r["regnal_teen"]:
        teen = r["regnal_teen_units"].get(w, unit)
        if teen is not None and teen < 10:
            return 10 + teen, 2
    return (unit, 1) if unit is not None else None


def _strip_article(w: str) -> str | None:
    if w.startswith("ال") and len(w) > 3:
        return w[2:]
    return None


def transliterate(name: str, known: dict[str, str] | None = None, model: TranslitModel | None = None) -> str:
    """Latin form of an Arabic name (title case); ``known`` maps normalised Arabic names to spellings."""
    from marsad.arabic.normalize import normalize

    if known:
        hit = known.get(normalize(name))
        if hit:
            return hit
    r = rules()
    words = [norm_ar(w) for w in name.split()]
    words = [w for w in words if w]
    m = model or load_model()
    # a compound with عبد written as one word (عبداللطيف، عبدربه) reads like the two-word form
    split: list[str] = []
    for w in words:
        if w.startswith("عبد") and len(w) > 4 and w not in m.words and w not in r["words"]:
            split += ["عبد", w[3:]]
        else:
            split.append(w)
    words = split
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        # a regnal ordinal after a name word: عبد الله الثاني → Abdullah II
        if out and words[i - 1] not in r["regnal_not_after"]:
            ordinal = _regnal(words, i, r)
            if ordinal is not None:
                out.append(roman(ordinal[0]))
                i += ordinal[1]
                continue
        # X الله is one name: عبد الله → Abdullah, نصر الله → Nasrallah
        if nxt == "الله":
            fixed = r["allah_compounds"].get(w)
            out.append(_cap(fixed or translit_word(w, model) + "allah"))
            i += 2
            continue
        # compounds such as عبد اللطيف → Abdellatif, أبو بكر → Abu Bakr
        if w in r["compound_prefixes"] and nxt is not None:
            pre = r["compound_prefixes"][w]
            stem = _strip_article(nxt)
            if stem is not None:
                out.append(_cap(pre["with_article"] + translit_word(stem, model)))
            else:
                out.append(_cap(pre["plain"]) + " " + _cap(translit_word(nxt, model)))
            i += 2
            continue
        if w in r["words"]:
            out.append(_cap(r["words"][w]))
            i += 1
            continue
        if w not in m.words:
            stem = _strip_article(w)
            if stem is not None:
                out.append(r["article"] + _cap(translit_word(stem, model)))
                i += 1
                continue
        out.append(_cap(translit_word(w, model)))
        i += 1
    return " ".join(p for p in out if p)


def similarity(a: str, b: str) -> float:
    """Character similarity in [0, 1] (1 − normalised Levenshtein distance)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b)


def evaluate(pairs: Iterable[tuple[str, list[str]] | tuple[str, list[str], int]],
             model: TranslitModel | None = None, use_dictionary: bool = True,
             whole_names: bool = False) -> dict[str, float]:
    """Exact match and mean character similarity of one-word transliterations against references
    (``whole_names``: of :func:`transliterate` on whole names, compounds and article rules included).

    An item may carry a third field, its weight (how many held-out occurrences it stands for);
    ``n`` is the weighted count. Case, accents, apostrophes and hyphens are folded (``fold_latin``).
    """
    n = exact = exact_first = 0
    sim = 0.0
    for item in pairs:
        ar, refs = item[0], item[1]
        w = int(item[2]) if len(item) > 2 else 1  # type: ignore[misc]
        refs_f = [fold_latin(r) for r in refs]
        hyp = fold_latin(transliterate(ar, model=model) if whole_names
                         else translit_word(ar, model, use_dictionary=use_dictionary))
        n += w
        exact += w * (hyp in refs_f)
        exact_first += w * (hyp == refs_f[0])
        sim += w * max(similarity(hyp, r) for r in refs_f)
    return {"n": n, "exact": exact / max(n, 1), "exact_first_ref": exact_first / max(n, 1),
            "char_similarity": sim / max(n, 1)}
