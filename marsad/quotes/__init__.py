"""Quotes: direct and reported speech with speaker, cue and content offsets."""

from marsad.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
