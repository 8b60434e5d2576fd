"""Duplicate documents: exact (hash of the normalised text) and near (MinHash LSH, datasketch)."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.arabic.normalize import normalize
from marsad.ingest.limits import MINHASH_PERM, NEAR_DUP_THRESHOLD, SHINGLE_WORDS

_WORD = re.compile(r"\w+")
MINHASH_SCHEME = "affine32"  # datasketch >= 2 needs it explicitly to rebuild stored signatures


def content_hash(text: str, norm: str | None = None) -> str:
    """Hash of the normalised text: equal for copies that differ only in spelling variants/spacing.

    ``norm`` is ``normalize(text)`` when the caller has it already."""
    return hashlib.sha256((normalize(text) if norm is None else norm).encode("utf-8")).hexdigest()


def minhash(text: str, norm: str | None = None) -> MinHash:
    """MinHash of the normalised text's word shingles."""
    words = _WORD.findall(normalize(text) if norm is None else norm)
    m = MinHash(num_perm=MINHASH_PERM, seed=1, scheme=MINHASH_SCHEME)
    k = SHINGLE_WORDS
    shingles = {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def signature_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint64).tobytes()


def from_bytes(b: bytes) -> MinHash:
    return MinHash(num_perm=MINHASH_PERM, seed=1, scheme=MINHASH_SCHEME, hashvalues=np.frombuffer(b, dtype=np.uint64))


class NearDuplicateIndex:
    """An LSH index of the stored documents' MinHash signatures."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=NEAR_DUP_THRESHOLD, num_perm=MINHASH_PERM)
        self.order: dict[str, int] = {}

    def add(self, doc_id: str, m: MinHash) -> None:
        if doc_id in self.order:
            return
        self.order[doc_id] = len(self.order)
        self.lsh.insert(doc_id, m)

    def first_match(self, m: MinHash) -> str | None:
        """The earliest-stored document near-identical to ``m``, if any."""
        hits = [h for h in self.lsh.query(m) if h in self.order]
        return min(hits, key=self.order.__getitem__) if hits else None

    @classmethod
    def from_store(cls, store) -> NearDuplicateIndex:
        idx = cls()
        for doc_id, sig in store.minhash_signatures():
            idx.add(doc_id, from_bytes(sig))
        return idx
