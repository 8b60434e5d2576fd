"""Arabic language core: normalisation, segmentation, clitics, lemmas."""
from marsad.arabic.normalize import NormalizedText, normalize, normalize_with_map

__all__ = ["NormalizedText", "normalize", "normalize_with_map"]
