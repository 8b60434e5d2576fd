"""Ingestion: readers for every input format, article extraction, language, duplicates, the runner."""

from marsad.ingest.raw import RawInput
from marsad.ingest.runner import Prepared, Summary, ingest, process_inputs, retry, run_inputs

__all__ = ["RawInput", "Prepared", "Summary", "ingest", "process_inputs", "retry", "run_inputs"]
