"""Stage ``places``: the ``places`` layer — place names resolved with the shipped gazetteer.

Each span's label is the place kind (country, city, admin, region, continent, facility); attrs:
``name`` (English name of the resolved place, or the facility text), ``name_ar``, ``country``
(ISO-3; for an unresolved facility, the article's main country), ``lat``, ``lon``, ``kind``,
``locative`` (introduced by في/بـ/إلى …), ``landmark`` (facility text) when there is one, and
``within`` (the start offset of the finer place this province or country only locates: «زنجبار في أبين»),
``container`` (for a small place read off other news, resources/geo/harvested_places.tsv: the English
name of the city or province it lies in), ``listed`` (the start offset of the plural head that lists
it: «بلدات الحدث وحوارين ومهين»).
"""

from __future__ import annotations

from marsad.document import Document, Span
from marsad.geo.gazetteer import gazetteer
from marsad.geo.resolve import find_places
from marsad.pipeline import Stage, register_stage


@register_stage
class PlacesStage(Stage):
    """Find and resolve places."""

    name = "places"
    version = "1"
    requires = ("sentences",)
    provides = ("places",)

    def __call__(self, doc: Document) -> Document:
        spans = []
        harvested = gazetteer().harvested
        for pm in find_places(doc):
            p = pm.place
            attrs = {
                "name": p.name if p else pm.text, "name_ar": p.name_ar if p else pm.text, "country": pm.country,
                "lat": p.lat if p else None, "lon": p.lon if p else None, "kind": pm.kind, "locative": pm.locative,
            }
            if pm.landmark:
                attrs["landmark"] = pm.landmark
            if pm.office:
                attrs["office"] = True
            if pm.within is not None:
                attrs["within"] = pm.within.start
            if pm.listed is not None:
                attrs["listed"] = pm.listed  # the offset of the plural head («بلدات …») that lists it
            if p is not None and p.id in harvested:
                attrs["container"] = harvested[p.id]  # «حي التأميم» lies in Ramadi
            spans.append(Span(pm.start, pm.end, pm.kind, attrs))
        doc.add_layer("places", spans)
        return doc
