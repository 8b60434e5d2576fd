"""The HTTP API (FastAPI) over a marsad store, and the static Arabic dashboard at ``/``.

Reads are open; writes (``POST /api/documents``) need ``Authorization: Bearer <token>`` where the
token is given to :func:`create_app` or read from ``MARSAD_API_TOKEN``; with no token configured
writes are refused (403). Every error is JSON ``{"error": "..."}`` with the right status; request
bodies over :data:`~marsad.api.schemas.MAX_BODY_BYTES` get 413 before they are read whole.
"""

from __future__ import annotations

import hmac
import io
import os
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from marsad.api.schemas import (
    EXPORT_FORMATS,
    EXPORT_MEDIA,
    MAX_BODY_BYTES,
    MAX_PAGE,
    ArticleIn,
    ErrorOut,
    IngestResult,
    Page,
)
from marsad.errors import MarsadError, PipelineError, StoreError
from marsad.store import reads

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
TOKEN_ENV = "MARSAD_API_TOKEN"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: Content-Security-Policy of every response: nothing from outside, no inline script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]
Date = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Big = Annotated[int, Query(ge=1, le=20000)]
Q = Annotated[str, Query(min_length=1, max_length=500)]
Format = Annotated[str, Query(pattern="^(" + "|".join(EXPORT_FORMATS) + ")$")]

ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorOut} for c in (400, 404, 413, 422, 500)}


class BodyLimit:
    """ASGI middleware: 413 for request bodies over ``limit`` bytes (declared or streamed)."""

    def __init__(self, app, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await _send_json(send, 413, f"request body over the {self.limit}-byte limit")
        seen = 0
        started = False

        async def counted():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(self.limit)
            return msg

        async def tracked_send(msg):
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counted, tracked_send)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, f"request body over the {self.limit}-byte limit")


class _TooLarge(HTTPException):
    """A streamed body went over the limit (answered 413 by the app's HTTP error handler)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over the {limit}-byte limit")


class SecurityHeaders:
    """ASGI middleware: the Content-Security-Policy and related headers on every response."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer")]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(msg):
            if msg["type"] == "http.response.start":
                have = {k.lower() for k, _ in msg.get("headers", [])}
                msg = {**msg, "headers": [*msg.get("headers", []), *(h for h in self.HEADERS if h[0] not in have)]}
            await send(msg)

        await self.app(scope, receive, with_headers)


async def _send_json(send, status: int, message: str) -> None:
    import json

    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _json(content: Any) -> JSONResponse:
    """A JSON response straight from plain data (the reads return JSON-ready dicts)."""
    return JSONResponse(content)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
        msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "invalid request: " + "; ".join(parts)


def create_app(store, token: str | None = None, pipeline=None) -> FastAPI:
    """The API and dashboard over ``store`` (a Store, a SQLite path or a postgresql:// URL)."""
    if isinstance(store, str):
        from marsad.store import Store

        store = Store(store)
    token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    app = FastAPI(title="marsad", version="1", description="Arabic news events (PLOVER): events, actors, "
                  "articles, search, exports. Writes need Authorization: Bearer <MARSAD_API_TOKEN>.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.store = store
    write_lock = threading.Lock()
    state: dict[str, Any] = {"pipeline": pipeline}

    # -- errors --------------------------------------------------------------------------------
    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": _validation_message(exc)}, status_code=422)

    @app.exception_handler(MarsadError)
    async def _marsad_error(request: Request, exc: MarsadError):
        # the database failing is the server's problem (503); any other marsad error is the input's
        return JSONResponse({"error": str(exc)}, status_code=503 if isinstance(exc, StoreError) else 400)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        return JSONResponse({"error": f"internal error: {exc.__class__.__name__}"}, status_code=500)

    # -- auth ----------------------------------------------------------------------------------
    def require_writer(request: Request) -> None:
        if not token:
            raise HTTPException(403, f"writes are disabled: start the server with {TOKEN_ENV} set")
        header = request.headers.get("authorization")
        if not header:
            raise HTTPException(401, "authentication required: send Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        scheme, _, cred = header.partition(" ")
        if scheme.lower() != "bearer" or not cred.strip():
            raise HTTPException(401, "use Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(cred.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    # -- reads ---------------------------------------------------------------------------------
    # Page documents the shape; responses are not re-validated (they come from the store's reads).
    @app.get("/api/events", responses={**ERRORS, 200: {"model": Page}}, tags=["events"])
    def list_events(actor: str | None = None, type: str | None = None, mode: str | None = None,
                    context: str | None = None, country: str | None = None, place: str | None = None,
                    since: Date = None, until: Date = None, q: str | None = None, status: str | None = None,
                    doc_id: str | None = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
        """Events (newest first) filtered by actor, type, mode, context, country, place, dates, text."""
        return _json(reads.events_page(store, limit=limit, offset=offset, actor=actor, type=type, mode=mode,
                                 context=context, country=country, place=place, since=since, until=until,
                                 q=q, status=status, doc_id=doc_id))

    @app.get("/api/events/{event_id}", responses=ERRORS, tags=["events"])
    def get_event(event_id: str) -> JSONResponse:
        """One event: participants, place, date, evidence and every report of it."""
        ev = reads.event_detail(store, event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return _json(ev)

    @app.get("/api/actors", responses={**ERRORS, 200: {"model": Page}}, tags=["actors"])
    def list_actors(q: str | None = None, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
        """Actors by number of events (knowledge-base actors and unlinked participants)."""
        return _json(reads.actors_list(store, q=q, limit=limit, offset=offset))

    @app.get("/api/actors/{key:path}", responses=ERRORS, tags=["actors"])
    def get_actor(key: str) -> JSONResponse:
        """One actor: aliases, offices, country, sector, timeline, most frequent counterparts, quotes."""
        a = reads.actor_detail(store, key)
        if a is None:
            raise HTTPException(404, f"no actor {key!r}")
        return _json(a)

    @app.get("/api/documents", responses=ERRORS, tags=["documents"])
    def list_documents(limit: Limit = 100, status: str | None = None) -> dict[str, Any]:
        """Stored articles (id, title, date, status), oldest first."""
        items = [{k: v for k, v in d.items() if k != "source"}  # no server paths
                 for d in store.documents(status=status, limit=limit)]
        return {"total": len(items), "items": items}

    @app.get("/api/documents/{doc_id:path}", responses=ERRORS, tags=["documents"])
    def get_document(doc_id: str) -> JSONResponse:
        """An article's text with entity, event and quote spans (character offsets)."""
        d = reads.document_view(store, doc_id)
        if d is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return _json(d)

    @app.get("/api/search", responses=ERRORS, tags=["search"])
    def search(q: Q, limit: Limit = 20) -> JSONResponse:
        """Articles matching every word of ``q``, Arabic spelling variants included."""
        hits = reads.search_hits(store, q, limit=limit)
        return _json({"query": q, "total": len(hits), "items": hits})

    @app.get("/api/stats", tags=["overview"])
    def stats() -> dict[str, Any]:
        """Counts of documents, events, actors, quotes; events by type and country; date range."""
        return reads.full_stats(store)

    @app.get("/api/network", tags=["overview"])
    def network(limit: Big = 5000) -> dict[str, Any]:
        """The actor network: actor → recipient edges with counts per event type."""
        return reads.network(store, limit_events=limit)

    @app.get("/api/timeline", tags=["overview"])
    def timeline() -> dict[str, Any]:
        """Event counts per date and type."""
        return {"items": reads.timeline(store)}

    @app.get("/api/geo", tags=["overview"])
    def geo(limit: Big = 5000) -> dict[str, Any]:
        """Located events for the map."""
        return {"items": reads.geo_points(store, limit=limit)}

    @app.get("/api/export", responses=ERRORS, tags=["export"])
    def export(format: Format = "plover",
               actor: str | None = None, type: str | None = None, since: Date = None, until: Date = None,
               country: str | None = None) -> Response:
        """Events as PLOVER JSON Lines, CSV, Parquet, GraphML (actor network) or GeoJSON."""
        from marsad.export import BINARY_FORMATS, write_export

        filters = {k: v for k, v in dict(actor=actor, type=type, since=since, until=until,
                                           country=country).items() if v}
        buf: io.BytesIO | io.StringIO = io.BytesIO() if format in BINARY_FORMATS else io.StringIO()
        n = write_export(store, format, buf, **filters)
        body = buf.getvalue()
        media, name = EXPORT_MEDIA[format]
        return Response(body if isinstance(body, bytes) else body.encode("utf-8"), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}"', "X-Record-Count": str(n)})

    # -- writes --------------------------------------------------------------------------------
    def get_pipeline():
        if state["pipeline"] is None:
            from marsad.pipeline import Pipeline

            try:
                state["pipeline"] = Pipeline.default()
            except PipelineError as exc:
                raise HTTPException(503, f"the processing pipeline cannot be built: {exc}") from None
        return state["pipeline"]

    @app.post("/api/documents", status_code=201, response_model=IngestResult, tags=["documents"],
              responses={**ERRORS, 401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 409: {"model": ErrorOut},
                         503: {"model": ErrorOut}},
              dependencies=[Depends(require_writer)])
    def post_document(article: ArticleIn) -> dict[str, Any]:
        """Ingest one article (text or HTML) through the full pipeline; needs the bearer token."""
        from marsad.ingest import run_inputs
        from marsad.ingest.readers import record_input

        rec = article.model_dump(exclude_none=True)
        results: list = []
        with write_lock:
            pipe = get_pipeline()
            raw = record_input(f"api:{rec.get('id') or 'post'}", rec)
            run_inputs([raw], store, published=rec.get("published"), pipeline=pipe, progress=False,
                       on_result=results.append)
        p = results[0]
        if p.status == "skipped":
            raise HTTPException(409, f"document {p.doc_id!r} is already stored")
        if p.status == "failed":
            reason, message = p.failure or ("error", "processing failed")
            raise HTTPException(422, f"{reason}: {message}")
        events = reads.events_page(store, limit=MAX_PAGE, doc_id=p.doc_id)["items"] if p.status == "coded" else []
        return {"id": p.doc_id, "status": p.status, "duplicate_of": p.duplicate_of, "events": events}

    # -- dashboard -----------------------------------------------------------------------------
    if WEB_DIR.is_dir():
        app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    return app
