"""Compare marsad's lemmatiser/segmenter with the offline alternatives on UD Arabic-PUD dev.

Prints lemma accuracy (all words / content words) and speed for: the surface form, marsad's
clitic stem, tashaphyne's light stem, marsad's lemma; and, when ``--farasa DIR`` points at an
unpacked ``farasa`` 0.0.1 wheel (not a dependency: research-only licence), Farasa's word F1 in
UD's convention next to marsad's. The evidence behind the choices in resources/arabic/SOURCES.md.

Usage: python scripts/compare_arabic_tools.py [--conllu FILE] [--farasa DIR] [--farahidi DIR]
  (DIR: a wheel unpacked with `pip download farasa==0.0.1 --no-deps` / `farahidi==0.4.0` + unzip)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from marsad.arabic.clitics import STEM, split_word
from marsad.arabic.lemmas import lemma
from marsad.arabic.segment import segment, strip_marks
from marsad.arabic.ud_eval import _prf, evaluate, lemma_scores, read_conllu

PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كن", "ك", "ي", "نا", "ني"}


def _speed(fn, words: list[str]) -> float:
    t0 = time.process_time()
    for w in words:
        fn(w)
    return len(words) / max(time.process_time() - t0, 1e-9)


def _farasa_words(seg_line, word: str) -> list[tuple[int, int]]:
    """Farasa's morphemes of ``word`` grouped into UD syntactic words (offsets into ``word``)."""
    out = seg_line(word)
    segs = out[0].split("+") if out else [word]
    lens = [len(s) for s in segs]
    if sum(lens) == len(word) + 1 and "ال" in segs:
        k = segs.index("ال")
        if k > 0 and segs[k - 1] == "ل":
            lens[k] = 1  # ل + ال written لل
    if sum(lens) != len(word):
        return [(0, len(word))]
    pos, p = [], 0
    for n in lens:
        pos.append((p, p + n))
        p += n
    i, res = 0, []
    while i < len(segs) - 1 and segs[i] in PROCLITICS:
        res.append(pos[i])
        i += 1
    j, encs = len(segs), []
    while j - 1 > i and segs[j - 1] in ENCLITICS:
        encs.insert(0, pos[j - 1])
        j -= 1
    return [*res, (pos[i][0], pos[j - 1][1]), *encs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", default=str(Path(__file__).resolve().parents[2] / "shared/data/ud/ar_pud-dev.conllu"))
    ap.add_argument("--farasa", help="folder holding an unpacked farasa 0.0.1 wheel")
    ap.add_argument("--farahidi", help="folder holding an unpacked farahidi 0.4 wheel (GPL-3.0; not a dependency)")
    ap.add_argument("--farahidi-sentences", type=int, default=150, help="sentences to score farahidi on (slow)")
    args = ap.parse_args()
    sents = read_conllu(args.conllu)
    words = [s.text[a:b] for s in sents for a, b in s.words]

    import tashaphyne.stemming as tash

    stemmer = tash.ArabicLightStemmer()

    def tashaphyne_stem(w: str) -> str:
        stemmer.light_stem(w)
        return stemmer.get_stem()

    def clitic_stem(w: str) -> str:
        return strip_marks(next((w[s.start : s.end] for s in split_word(w) if s.label == STEM), w))

    print(f"{'lemmatiser':<22}{'all':>8}{'content':>9}{'words/s':>12}  (marsad's are cached per word type, after the scoring pass)")
    for name, fn in (("surface form", strip_marks), ("marsad clitic stem", clitic_stem),
                     ("tashaphyne stem", tashaphyne_stem), ("marsad lemma", lemma)):
        sc = lemma_scores(sents, fn)
        print(f"{name:<22}{sc['accuracy']:>8.4f}{sc['content_accuracy']:>9.4f}{_speed(fn, words):>12,.0f}")

    if args.farahidi:
        sys.path.insert(0, args.farahidi)
        t0 = time.perf_counter()
        import farahidi  # type: ignore[import-not-found]

        farahidi.analyze("بالمدرسة")
        load = time.perf_counter() - t0
        cache: dict[str, str] = {}

        def farahidi_lemma(w: str) -> str:
            if w not in cache:
                a = farahidi.analyze(w)
                cache[w] = a[0].lemma if a and a[0].lemma else w
            return cache[w]

        sub = sents[: args.farahidi_sentences]
        t0 = time.process_time()
        fs = lemma_scores(sub, farahidi_lemma)
        dt = time.process_time() - t0
        ms = lemma_scores(sub, lemma)
        print(f"\non the first {len(sub)} sentences: farahidi analyze()[0] {fs['accuracy']:.4f} / "
              f"{fs['content_accuracy']:.4f} ({len(cache) / dt:,.0f} word types/s, load {load:.1f} s); "
              f"marsad lemma {ms['accuracy']:.4f} / {ms['content_accuracy']:.4f}")

    ours = evaluate(sents)["words"]
    print(f"\nword F1 (UD convention): marsad {ours['f1']:.4f}")
    if args.farasa:
        sys.path.insert(0, args.farasa)
        t0 = time.perf_counter()
        from farasa import segmentation  # type: ignore[import-not-found]

        segmentation.segmentLine("والمكتبات")
        load = time.perf_counter() - t0
        text = " ".join(s.text for s in sents)
        gold, pos = set(), 0
        for s in sents:
            gold.update((pos + a, pos + b) for a, b in s.words)
            pos += len(s.text) + 1
        cache: dict[str, list[tuple[int, int]]] = {}
        pred = set()
        t0 = time.process_time()
        for t in segment(text)[1]:
            if t.kind != "WORD":
                pred.add((t.start, t.end))
                continue
            w = text[t.start : t.end]
            if w not in cache:
                cache[w] = _farasa_words(segmentation.segmentLine, w)
            pred.update((t.start + a, t.start + b) for a, b in cache[w])
        dt = time.process_time() - t0
        print(f"word F1 (UD convention): farasa {_prf(gold, pred)['f1']:.4f}; "
              f"load {load:.1f} s, {len(cache) / dt:,.0f} word types/s")


if __name__ == "__main__":
    main()
