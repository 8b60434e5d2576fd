"""The Document and Pipeline contracts: layers are added never rewritten; requirements checked at build."""

from __future__ import annotations

import pytest

from marsad.arabic.normalize import normalize, normalize_with_map
from marsad.document import Actor, Document, Event, Quote, Span
from marsad.errors import LayerExistsError, PipelineError
from marsad.pipeline import Pipeline, Stage, register_stage


@register_stage
class _Words(Stage):
    name = "test_words"
    version = "1"
    requires = ("text",)
    provides = ("test_words",)

    def __call__(self, doc):
        import re

        doc.add_layer("test_words", [Span(m.start(), m.end(), "W") for m in re.finditer(r"\S+", doc.text)])
        return doc


@register_stage
class _Needs(Stage):
    name = "test_needs"
    requires = ("test_words", "events")
    provides = ("test_done",)

    def __call__(self, doc):
        return doc


def test_requirements_checked_when_built():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline.from_names(["test_needs"])
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline.from_names(["no_such_stage"])
    p = Pipeline.from_names(["test_words"])
    assert "test_words" in p.provides


def test_stage_adds_layer_records_itself_and_cannot_overwrite():
    p = Pipeline.from_names(["test_words"])
    doc = p(Document(id="x", text="استقبل حموشي هاينز"))
    assert [doc.span_text(s) for s in doc.layer("test_words")] == ["استقبل", "حموشي", "هاينز"]
    assert doc.stages[-1]["name"] == "test_words" and doc.stages[-1]["version"] == "1"
    with pytest.raises(LayerExistsError):
        p(doc)


def test_span_outside_text_rejected():
    doc = Document(id="x", text="abc")
    with pytest.raises(ValueError):
        doc.add_layer("bad", [Span(1, 9)])


def test_document_round_trips_through_dict():
    doc = Document(id="d1", text="استقبل حموشي هاينز أمس", published="2022-09-20", url="u", title="t")
    doc.add_layer("tokens", [Span(0, 6, "", {"n": 1})])
    doc.actors.append(Actor(id="A1", name_ar="حموشي", name="Hammouchi", country="MAR", sector="SPY",
                            office=["Director General of National Security"], mentions=[(7, 12)]))
    doc.events.append(Event(id="e1", type="CONSULT", mode=["visit"], actors=["A1"], trigger=(0, 6), evidence=(0, 22)))
    doc.quotes.append(Quote("A1", (7, 12), (0, 6), (13, 18), "direct"))
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()
    assert again.actor("A1").entity()["identifier_text"] == "Hammouchi"
    assert again.events[0].trigger == (0, 6)


def test_pipe_keeps_going_after_a_bad_document():
    @register_stage
    class _Boom(Stage):
        name = "test_boom"
        requires = ("text",)

        def __call__(self, doc):
            if "boom" in doc.text:
                raise RuntimeError("boom")
            return doc

    errors = []
    p = Pipeline.from_names(["test_boom"])
    out = list(p.pipe([Document(id="a", text="ok"), Document(id="b", text="boom"), Document(id="c", text="ok")],
                      on_error=lambda d, e: errors.append(d.id)))
    assert [d.id for d in out] == ["a", "c"] and errors == ["b"]


@pytest.mark.parametrize("src,expected", [
    ("أَحْمَد", "احمد"), ("إسبانيا", "اسبانيا"), ("آمال", "امال"), ("مستشفى", "مستشفي"),
    ("مدرسة", "مدرسه"), ("مـــصر", "مصر"), ("٢٠٢٢", "2022"), ("«شريك»", '"شريك"'), ("مسؤول", "مسوول"),
])
def test_normal_form(src, expected):
    assert normalize(src) == expected


def test_offset_map_points_back_to_source():
    src = "  استقبالُ   الحموشى،\nأمسِ ٢٠٢٢ "
    nt = normalize_with_map(src)
    assert nt.text == "استقبال الحموشي, امس 2022"
    for i, ch in enumerate(nt.text):
        if ch != " ":
            assert normalize(src[nt.offsets[i]]) == ch
    start = nt.text.index("الحموشي")
    s, e = nt.source_span(start, start + len("الحموشي"))
    assert src[s:e] == "الحموشى"
