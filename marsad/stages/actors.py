"""Stage ``actors``: cluster PERS/ORG/GPE entity mentions into document actors (local ids ``L1`` …).

Each actor gets a Latin name (:mod:`marsad.actors.translit`), offices, country (ISO-3) and PLOVER
sector from title phrases and appositions (:mod:`marsad.actors.offices`). Linking to the
knowledge base (global ids) happens in the store's writer (:class:`marsad.actors.kb.ActorLinker`).
"""

from __future__ import annotations

from marsad.actors.cluster import build_actors
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
        doc.actors.extend(actors)
        doc.mentions.extend(mentions)
        return doc
