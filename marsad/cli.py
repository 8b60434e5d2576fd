"""The ``marsad`` command line: thin click commands over the Python API.

Core commands (ingest, process, stats, failures, retry, events, search, export) live here; each
area adds its own in a ``marsad/cli_<area>.py`` module exposing ``COMMANDS`` (a list of click
commands or groups), registered below. Errors are one clear line, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import click

from marsad.errors import MarsadError

#: Command modules of the areas; each exposes ``COMMANDS``.
COMMAND_MODULES = (
    "marsad.cli_eval",
    "marsad.cli_language_core",
    "marsad.cli_core",
    "marsad.cli_language",
    "marsad.cli_actors",
    "marsad.cli_events",
    "marsad.cli_serve",
    "marsad.cli_dedup",
    "marsad.cli_time_place",
)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MarsadError as exc:
            click.echo(f"marsad: error: {exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("marsad: interrupted; what was committed is kept, run the same command to resume", err=True)
            sys.exit(130)


@click.group(cls=_Group)
@click.version_option(package_name="marsad")
def main() -> None:
    """marsad: Arabic news to structured PLOVER event data."""


def _register() -> None:
    for modname in COMMAND_MODULES:
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError as exc:
            if exc.name == modname:
                continue
            raise
        for cmd in getattr(mod, "COMMANDS", []):
            main.add_command(cmd)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
