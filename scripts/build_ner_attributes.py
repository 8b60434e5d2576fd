"""Write marsad/resources/ner/ner_attributes.txt.gz: the attributes the shipped CRF files know.

``marsad train ner`` writes it after training; this script writes it for the CRF files already in
place (e.g. after copying models in). The file starts with the SHA-256 of the two model files: the
tagger uses the list only when it matches them, so a stale list is never applied.

Usage: .venv/bin/python scripts/build_ner_attributes.py [MODEL_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.ner.lexicon import resource_path  # noqa: E402
from marsad.ner.model import ATTRIBUTES_FILE, write_known_attributes  # noqa: E402


def main() -> None:
    model_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else resource_path("")
    n = write_known_attributes(model_dir)
    print(f"{n} attributes -> {model_dir / ATTRIBUTES_FILE}")


if __name__ == "__main__":
    main()
