"""Arabic language core: normalisation, segmentation, clitics, lemmas (all offline, cached per word type)."""
from marsad.arabic.clitics import Segment, split_word
from marsad.arabic.lemmas import lemma
from marsad.arabic.normalize import NormalizedText, normalize, normalize_with_map
from marsad.arabic.segment import Token, segment, split_sentences, strip_marks, tokenize

__all__ = [
    "NormalizedText", "Segment", "Token", "lemma", "normalize", "normalize_with_map", "segment",
    "split_sentences", "split_word", "strip_marks", "tokenize",
]
