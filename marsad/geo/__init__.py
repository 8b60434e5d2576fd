"""Places: the shipped Arabic gazetteer, place finding in context, PLOVER event locations."""

from marsad.geo.gazetteer import Place, gazetteer, lookup
from marsad.geo.resolve import PlaceMention, event_location, find_places

__all__ = ["Place", "PlaceMention", "event_location", "find_places", "gazetteer", "lookup"]
