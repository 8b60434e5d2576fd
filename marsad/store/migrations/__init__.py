"""Named migrations, applied in name order and recorded in ``schema_migrations``.

Each module ``mNNNN_<what>.py`` defines ``upgrade(conn, dialect_name)``. Add a new module to change
the schema; never edit one that has shipped.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType


def all_migrations() -> list[tuple[str, Callable]]:
    """(name, upgrade) for every migration module, in order."""
    out: list[tuple[str, Callable]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.name.startswith("m"):
            continue
        mod: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        out.append((info.name, mod.upgrade))
    return out
