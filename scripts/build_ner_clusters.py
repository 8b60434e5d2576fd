"""Build word clusters for the NER tagger from SaudiNewsNet text (../shared/data/news/saudinewsnet).

Method: position-sensitive co-occurrence counts (±2 words) of the most frequent normalised
tokens against the most frequent context words, PPMI weighting, truncated SVD, then k-means at
four granularities. Deterministic (fixed seeds). Output: marsad/resources/ner/clusters.tsv
(word<TAB>c64<TAB>c256<TAB>c1024<TAB>c4096) and, next to it, ner_emb.npy: the first EMB_DIMS SVD
dimensions of each word, unit length, float16, rows in the order of the words of clusters.tsv (the
input vectors of the neural stacker, marsad/ner/neural.py). SaudiNewsNet itself is not shipped.

Usage: python scripts/build_ner_clusters.py [--shared ../shared] [--out PATH]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import time
import zipfile
from collections import Counter

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize as l2norm

from marsad.arabic.normalize import normalize

TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)
N_WORDS = 100000
N_CONTEXT = 3000
DIMS = 128
KS = (64, 256, 1024, 4096)
EMB_DIMS = 64
SEED = 13


def read_tokens(shared: str) -> list[list[str]]:
    """Normalised token lists, one per paragraph, from every SaudiNewsNet article."""
    paras: list[list[str]] = []
    for path in sorted(glob.glob(os.path.join(shared, "data/news/saudinewsnet/*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                for art in json.loads(z.read(name)):
                    for para in (art.get("title") or "", art.get("content") or ""):
                        for line in para.split("\n"):
                            toks = TOKEN_RE.findall(normalize(line))
                            if toks:
                                paras.append(toks)
    return paras


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="marsad/resources/ner/clusters.tsv")
    args = ap.parse_args()
    t0 = time.time()
    paras = read_tokens(args.shared)
    counts = Counter(t for p in paras for t in p)
    print(f"{len(paras)} paragraphs, {sum(counts.values())} tokens, {len(counts)} types ({time.time()-t0:.0f}s)")
    vocab = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= 3][:N_WORDS]
    idx = {w: i for i, w in enumerate(vocab)}
    V = len(vocab)
    oov = V
    # one long id stream with a separator between paragraphs
    ids = np.fromiter((idx.get(t, oov) for p in paras for t in (p + ["\0"])), dtype=np.int64)
    sep = np.fromiter((t == "\0" for p in paras for t in (p + ["\0"])), dtype=bool)
    ids[sep] = V + 1
    rows, cols, blocks = [], [], 0
    for k, d in enumerate((-2, -1, 1, 2)):
        a = ids[max(0, -d): len(ids) - max(0, d)]
        b = ids[max(0, d): len(ids) - max(0, -d)]
        ok = (a < V) & (b < N_CONTEXT)
        rows.append(a[ok])
        cols.append(b[ok] + k * N_CONTEXT)
        blocks += 1
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    m = sparse.coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(V, blocks * N_CONTEXT)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col] + 1e-9))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    print(f"ppmi nnz {ppmi.nnz} ({time.time()-t0:.0f}s)")
    emb = TruncatedSVD(n_components=DIMS, random_state=SEED, algorithm="randomized", n_iter=5).fit_transform(ppmi)
    small = l2norm(emb[:, :EMB_DIMS]).astype(np.float16)
    emb = l2norm(emb)
    labels = []
    for k in KS:
        km = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3, max_iter=100)
        labels.append(km.fit_predict(emb))
        print(f"k={k} done ({time.time()-t0:.0f}s)")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# word clusters from SaudiNewsNet (PPMI+SVD+k-means), built by scripts/build_ner_clusters.py\n")
        for i, w in enumerate(vocab):
            f.write(f"{w}\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    # clusters.tsv lines starting with # are comments to its reader: no vector for those words
    rows = [i for i, w in enumerate(vocab) if not w.startswith("#")]
    np.save(os.path.join(os.path.dirname(args.out), "ner_emb.npy"), small[rows])
    print(f"wrote {V} words to {args.out} and ner_emb.npy ({time.time()-t0:.0f}s)")


if __name__ == "__main__":
    main()
