"""The shipped NER tagger: two CRF passes over sentences of whitespace-free tokens.

Pass 1 (``ner.crfsuite``) tags each sentence from its own features. Pass 2 (``ner_ctx.crfsuite``,
optional) re-tags each sentence with, as extra features, what pass 1 found for the same words in
the other sentences of the document (see :mod:`marsad.ner.context`). Then rules
(:mod:`marsad.ner.postprocess`): a person name split in two is joined, untagged quoted work titles
become MISC, and multi-token entities are tagged again where they recur untagged in the document.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
from pathlib import Path

import pycrfsuite

from marsad.errors import ResourceError
from marsad.ner import lexicon
from marsad.ner.context import WINDOW, context_features
from marsad.ner.features import sentence_features
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


def _open(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except OSError as exc:
        raise ResourceError(f"cannot open NER model {path}: {exc}") from None
    return tagger


class NerTagger:
    """Tags sentences with ANERcorp BIO tags (B-PERS, I-ORG, B-LOC, B-MISC, O …)."""

    def __init__(self, model_dir: str | Path | None = None, rules: bool = True) -> None:
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

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence on its own (no document context)."""
        return self.tag_sentences([tokens], window=0)[0]

    def tag_sentences(self, sentences: list[list[str]], window: int | None | str = "default"
                      ) -> list[list[str]]:
        """BIO tags for consecutive sentences; ``window`` sentences either side are the context.

        ``window=None`` treats all sentences as one document; ``"default"`` uses the model's window.
        """
        feats = [sentence_features(s, self.fset, self.known) if s else [] for s in sentences]
        tags = [list(self._pass1.tag(f)) if f else [] for f in feats]
        w = self.window if window == "default" else window
        if self._pass2 is not None and window != 0:
            ctx = context_features(sentences, tags, w)
            out = []
            for f, c in zip(feats, ctx, strict=True):
                if not f:
                    out.append([])
                    continue
                for x, y in zip(f, c, strict=True):
                    x.extend(y)
                out.append(list(self._pass2.tag(f)))
            tags = out
        if not self.rules:
            return tags
        tags = [quoted_titles(s, join_abd_names(s, join_names(s, t))) for s, t in zip(sentences, tags, strict=True)]
        return tags if window == 0 else propagate_spans(sentences, tags, w)


@functools.cache
def default_tagger() -> NerTagger:
    """The packaged model, loaded once."""
    return NerTagger()
