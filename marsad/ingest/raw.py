"""RawInput: one unit of input as read from a file, record, archive entry or feed item."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawInput:
    """Bytes (or an already-known error) from one source, with metadata the container supplied.

    ``kind`` is ``html``, ``text`` or ``auto`` (sniffed). ``meta`` may hold id, url, published,
    title, site. ``error`` is an (reason, message) pair when reading already failed.
    """

    source: str
    data: bytes = b""
    kind: str = "auto"
    meta: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None
    rereadable: bool = False  # True when ``source`` is a plain file path that can be read again

    @property
    def doc_id(self) -> str:
        """The document id: the input's own id if it has one, else a hash of its bytes."""
        if self.meta.get("id") not in (None, ""):
            return str(self.meta["id"])
        return "d" + hashlib.sha256(self.data).hexdigest()[:16]
