"""Actors: transliteration, offices and titles, within-document clustering, knowledge-base linking, curation."""
