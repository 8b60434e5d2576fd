"""Ingestion limits and thresholds (data, kept apart from logic)."""

#: Inputs larger than this are refused as ``oversized`` (bytes).
MAX_INPUT_BYTES = 20 * 1024 * 1024
#: Fewer Arabic/Latin letters than this in the extracted text: ``no_text``.
MIN_ARTICLE_LETTERS = 40
#: Share of control characters (NUL excluded) above which bytes are ``binary``.
MAX_CONTROL_RATIO = 0.02
#: MinHash permutations and LSH Jaccard threshold for near duplicates.
MINHASH_PERM = 64
NEAR_DUP_THRESHOLD = 0.85
SHINGLE_WORDS = 5
#: Failures keep the raw input up to this size so they can be retried without the source.
MAX_PAYLOAD_BYTES = MAX_INPUT_BYTES
#: Python's cyclic garbage collector while documents stream (generation thresholds). The pipeline
#: allocates many short-lived objects that reference counting frees; with Python's default (700, 10,
#: 10) the collector ran ~14 times per article and took 15-20 % of the CPU (300 SaudiNewsNet articles:
#: 38.4 -> 32.6-34.7 ms per article for the stages). Cycles are still collected, just less often.
STREAMING_GC_THRESHOLDS = (50_000, 20, 20)
