"""Arabic temporal expressions: resolution against the publication date, event dates, TimeML scoring."""

from marsad.temporal.event_date import event_date
from marsad.temporal.resolver import Timex, resolve_dates

__all__ = ["Timex", "event_date", "resolve_dates"]
