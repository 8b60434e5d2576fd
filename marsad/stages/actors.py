"""Stage ``actors``: cluster PERS/ORG/GPE entity mentions into document actors (local ids ``L1`` …).

Each actor gets a Latin name (:mod:`marsad.actors.translit`), offices, country (ISO-3) and PLOVER
sector from title phrases and appositions (:mod:`marsad.actors.offices`), else from the seeded
dictionary (its role valid at the publication date). Linking to the
knowledge base (global ids) happens in the store's writer (:class:`marsad.actors.kb.ActorLinker`).
"""

from __future__ import annotations

from marsad.actors.cluster import build_actors
from marsad.actors.kb import role_at, seed_lookup
from marsad.document import Document
from marsad.pipeline import Stage, register_stage


@register_stage
class ActorsStage(Stage):
    """Document actors and their mentions."""

    name = "actors"
    version = "1"
    requires = ("entities",)
    provides = ("mentions", "actors")

    def __call__(self, doc: Document) -> Document:
        actors, mentions = build_actors(doc)
        for a in actors:  # what the seeded dictionary knows fills what the text did not say
            guessed = a.attrs.pop("country_from_document", False)  # «الملك» in a story mostly about the USA
            if a.kind in ("PER", "ORG") and (a.country is None or a.sector is None or guessed):
                e = seed_lookup(a.kind, tuple(a.attrs["key"]), None if guessed else a.country, doc.published)
                if e is not None:
                    country, sector = role_at(e, doc.published)
                    a.country = (country or a.country) if guessed else (a.country or country)
                    a.sector = a.sector or sector
                    a.attrs["kb"] = e["name_ar"]
        doc.actors.extend(actors)
        doc.mentions.extend(mentions)
        return doc
