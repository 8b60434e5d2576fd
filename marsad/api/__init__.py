"""The HTTP API (FastAPI) and the dashboard it serves: see :func:`marsad.api.app.create_app`."""

from marsad.api.app import create_app

__all__ = ["create_app"]
