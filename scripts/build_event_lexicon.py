"""Build marsad/resources/events/upetrarch_candidates.tsv: trigger candidates for the event lexicon.

Reads the Universal-PETRARCH Arabic verb dictionary (../shared/data/events/upetrarch-arabic/
CAMEO.ar.0.5.txt, MIT) and maps each verb's CAMEO code to PLOVER with the CAMEO→PLOVER table
(../shared/data/events/plover/CAMEO2PLOVER-2021.txt, CC BY-SA 4.0). The dictionary is largely
machine-translated (هاجم sits in a block coded REJECT), so the output is a list of *candidates*:
each row says whether the hand-curated lexicon (triggers.tsv) has the form and whether it agrees
on the type. The events stage reads only triggers.tsv; grow it from the candidates by hand, on
evidence from news text.

Usage: python scripts/build_event_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.events.lexicon import triggers  # noqa: E402

OUT = ROOT / "marsad" / "resources" / "events" / "upetrarch_candidates.tsv"
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_WORD = re.compile(r"^([^\s\-#\[][^\[#]*?)\s*(?:\[([0-9A-Za-z-]+)\])?\s*(?:#\s*(.*))?$")


def cameo_to_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code → (PLOVER type, mode, context)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", line)
        if m:
            out[m.group(1)] = (m.group(2), (m.group(3) or "").strip(), (m.group(4) or "").strip())
    return out


def plover_of(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    code = code.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def verb_entries(path: Path) -> list[tuple[str, str, str]]:
    """(Arabic verb, CAMEO code, English gloss) for the verb lines of the PETRARCH dictionary."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln)
    out = []
    block_code = ""
    for ln in lines[start + 1:]:
        ln = ln.strip()
        if not ln or ln.startswith(("-", "#", "+", "&")) and not ln.startswith("---"):
            continue
        b = _BLOCK.match(ln)
        if b:
            block_code = b.group(2) if b.group(2) != "---" else ""
            word = b.group(1)
            if block_code:
                out.append((word, block_code, ""))
            continue
        m = _WORD.match(ln)
        if not m:
            continue
        word, code, gloss = m.group(1).strip(), m.group(2) or block_code, (m.group(3) or "").strip()
        if code and word:
            out.append((word, code, gloss))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared) / "data" / "events"
    table = cameo_to_plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    curated = {(" ".join(t.words)): t.type for entries in triggers().values() for t in entries}
    rows = {}
    for word, code, gloss in verb_entries(shared / "upetrarch-arabic" / "CAMEO.ar.0.5.txt"):
        pl = plover_of(code, table)
        if pl is None:
            continue
        form = normalize(word.replace("_", " ").replace("+", " "))
        if form in rows:
            continue
        have = curated.get(form, "")
        agree = "" if not have else ("agrees" if have == pl[0] else f"curated:{have}")
        rows[form] = (form, code, pl[0], pl[1], pl[2], gloss, agree)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Trigger candidates from Universal-PETRARCH Arabic verbs (MIT) mapped CAMEO→PLOVER\n")
        f.write("# (CAMEO2PLOVER-2021, CC BY-SA 4.0) by scripts/build_event_lexicon.py. NOT used at run\n")
        f.write("# time: machine-translated, often wrong. Last column: curated lexicon agreement.\n")
        f.write("# form\tcameo\tplover\tmode\tcontext\tgloss\tcurated\n")
        for r in sorted(rows.values(), key=lambda r: (r[2], r[0])):
            f.write("\t".join(r) + "\n")
    agree = sum(1 for r in rows.values() if r[6] == "agrees")
    clash = sum(1 for r in rows.values() if r[6].startswith("curated:"))
    print(f"{len(rows)} candidates written to {OUT.relative_to(ROOT)}; {agree} agree with the curated lexicon, "
          f"{clash} disagree")


if __name__ == "__main__":
    main()
