"""``marsad eval``: the group under which each area registers a command scoring its stage on gold data."""

from __future__ import annotations

import click

eval_group = click.group(name="eval", help="Score a stage on gold data.")(lambda: None)

COMMANDS = [eval_group]
