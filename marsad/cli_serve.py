"""``marsad serve``: the HTTP API and the Arabic dashboard over a database."""

from __future__ import annotations

import os

import click

from marsad.cli_core import DB_OPTION, open_store


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db, host, port, log_level):
    """Serve the HTTP API (/api/…, /openapi.json) and the dashboard (/) over --db.

    Writes (POST /api/documents) need the token in MARSAD_API_TOKEN; without it they are disabled.
    """
    import uvicorn

    from marsad.api.app import TOKEN_ENV, create_app

    store = open_store(db)
    app = create_app(store)
    if not os.environ.get(TOKEN_ENV):
        click.echo(f"marsad: {TOKEN_ENV} is not set: the API is read-only", err=True)
    click.echo(f"marsad: serving {db if '://' not in db else db.split('@')[-1]} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


COMMANDS = [serve]
