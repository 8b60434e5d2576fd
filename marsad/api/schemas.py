"""Request and response models of the HTTP API (pydantic), and its limits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: Largest request body accepted (bytes); larger requests get 413.
MAX_BODY_BYTES = 2 * 1024 * 1024
#: Largest page of events, actors or search hits.
MAX_PAGE = 500
EXPORT_FORMATS = ("plover", "csv", "parquet", "graphml", "geojson")
EXPORT_MEDIA = {
    "plover": ("application/x-ndjson; charset=utf-8", "events.jsonl"),
    "csv": ("text/csv; charset=utf-8", "events.csv"),
    "parquet": ("application/vnd.apache.parquet", "events.parquet"),
    "graphml": ("application/graphml+xml; charset=utf-8", "actors.graphml"),
    "geojson": ("application/geo+json; charset=utf-8", "events.geojson"),
}


class ArticleIn(BaseModel):
    """One article to ingest: ``text`` or ``html`` (exactly one), with optional id, url, dates."""

    model_config = ConfigDict(extra="forbid", str_max_length=MAX_BODY_BYTES)

    id: str | None = Field(None, min_length=1, max_length=300, pattern=r"^[^\x00-\x1f]+$")
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD")
    title: str | None = Field(None, max_length=2000)
    site: str | None = Field(None, max_length=300)
    author: str | None = Field(None, max_length=300)
    text: str | None = None
    html: str | None = None

    @field_validator("published")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        if v is None:
            return v
        try:
            return dt.date.fromisoformat(v[:10]).isoformat()
        except ValueError:
            raise ValueError(f"published must be a date in YYYY-MM-DD form, not {v!r}") from None

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        body = self.text if self.text is not None else self.html
        if not (body or "").strip():
            raise ValueError("the article body is empty")
        return self


class IngestResult(BaseModel):
    """What became of a posted article."""

    id: str
    status: str  # coded | not_arabic | duplicate
    duplicate_of: str | None = None
    events: list[dict[str, Any]] = []


class ErrorOut(BaseModel):
    """Every error response: one clear message."""

    error: str


class Page(BaseModel):
    """A page of results with the total number matching."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
