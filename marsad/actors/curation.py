"""Users' corrections of the actor knowledge base, kept in ``actor_curations`` and applied on every run.

Actions (payloads are JSON):

* ``merge``  ``{"into": A, "from": [B, …]}`` — B's mentions, aliases and event roles move to A; any
  later link to B (same name → same hashed id) is redirected to A.
* ``split``  ``{"from": A, "alias": "<Arabic form>", "key": "<alias key>", "new": N}`` — mentions of
  A written as that form move to a new actor N; later mentions with that name link to N.
* ``rename`` ``{"id": A, "name": "Latin name"}`` — the Latin name is kept whatever the linker learns.
* ``set``    ``{"id": A, "country": …, "sector": …, "office": [...]}`` — fields kept likewise.

The state is read from the table at each link (it is small), so corrections made through the CLI
or API apply to the next document written, and replaying the rows into a fresh database
(``marsad actors curations --import``) applies them to a re-ingest.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from marsad.errors import InputError
from marsad.store import schema as S


@dataclass
class CurationState:
    """The effect of all recorded curations."""

    redirect: dict[str, str] = field(default_factory=dict)  # merged-away id → surviving id
    split_keys: dict[str, str] = field(default_factory=dict)  # alias key → actor id
    names: dict[str, str] = field(default_factory=dict)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve(self, actor_id: str) -> str:
        """Follow merge redirects to the surviving id."""
        seen = set()
        while actor_id in self.redirect and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.redirect[actor_id]
        return actor_id


def load_state(conn: Connection) -> CurationState:
    """Replay the curation rows (in order) into a :class:`CurationState`."""
    st = CurationState()
    rows = conn.execute(select(S.actor_curations.c.action, S.actor_curations.c.payload)
                        .order_by(S.actor_curations.c.id)).all()
    for action, p in rows:
        if action == "merge":
            for b in p["from"]:
                if b != p["into"]:
                    st.redirect[b] = p["into"]
        elif action == "split":
            st.split_keys[p["key"]] = p["new"]
        elif action == "rename":
            st.names[p["id"]] = p["name"]
        elif action == "set":
            f = st.fields.setdefault(p["id"], {})
            f.update({k: v for k, v in p.items() if k != "id" and v is not None})
    # a redirect target's curated values apply to the merged ids' links too
    return st


def _now() -> str:
    from marsad.store import now

    return now()


def _record(conn: Connection, action: str, payload: dict[str, Any]) -> None:
    conn.execute(insert(S.actor_curations).values(action=action, payload=payload, created_at=_now()))


def _row(conn: Connection, actor_id: str) -> dict[str, Any]:
    r = conn.execute(select(S.actors).where(S.actors.c.id == actor_id)).mappings().first()
    if r is None:
        raise InputError(f"no actor with id {actor_id!r} (see `marsad actors`)")
    return dict(r)


def _retarget_events(conn: Connection, old: str, new: str, entity: dict[str, Any] | None) -> None:
    p = S.event_participants
    for r in conn.execute(select(p).where(p.c.actor_id == old)).mappings().all():
        ent = dict(r["entity"] or {})
        ent["identifier_id"] = new
        if entity:
            ent.update({k: v for k, v in entity.items() if k != "entity_text"})
        conn.execute(update(p).where(p.c.event_id == r["event_id"], p.c.role == r["role"],
                                     p.c.position == r["position"]).values(actor_id=new, entity=ent))


def entity_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER entity fields an actor row determines."""
    office = row.get("office") or []
    return {"code": row.get("country"), "sector": row.get("sector"), "identifier_id": row["id"],
            "identifier_text": row.get("name") or None, "office": "; ".join(office) if office else None}


def merge(conn: Connection, into: str, others: list[str]) -> dict[str, Any]:
    """Merge ``others`` into ``into`` now and for every later run."""
    others = [o for o in dict.fromkeys(others) if o != into]
    if not others:
        raise InputError("merge needs at least two different actor ids")
    target = _row(conn, into)
    rows = [_row(conn, o) for o in others]
    aliases = list(target.get("aliases") or [])
    offices = list(target.get("office") or [])
    count = int(target.get("mention_count") or 0)
    for r in rows:
        aliases += [a for a in (r.get("aliases") or []) if a not in aliases]
        offices += [o for o in (r.get("office") or []) if o not in offices]
        count += int(r.get("mention_count") or 0)
        have = {x[0] for x in conn.execute(select(S.actor_aliases.c.alias_norm)
                                           .where(S.actor_aliases.c.actor_id == into))}
        for (al,) in conn.execute(select(S.actor_aliases.c.alias_norm).where(S.actor_aliases.c.actor_id == r["id"])).all():
            if al not in have:
                conn.execute(insert(S.actor_aliases).values(alias_norm=al, actor_id=into))
        conn.execute(delete(S.actor_aliases).where(S.actor_aliases.c.actor_id == r["id"]))
        conn.execute(update(S.mentions).where(S.mentions.c.actor_id == r["id"]).values(actor_id=into))
        conn.execute(update(S.quotes).where(S.quotes.c.speaker_actor_id == r["id"]).values(speaker_actor_id=into))
        conn.execute(delete(S.actors).where(S.actors.c.id == r["id"]))
    vals = {"aliases": aliases, "office": offices, "mention_count": count,
            "country": target.get("country") or next((r["country"] for r in rows if r.get("country")), None),
            "sector": target.get("sector") or next((r["sector"] for r in rows if r.get("sector")), None)}
    conn.execute(update(S.actors).where(S.actors.c.id == into).values(**vals))
    target.update(vals)
    for r in rows:
        _retarget_events(conn, r["id"], into, entity_fields(target))
    payload = {"into": into, "from": others}
    _record(conn, "merge", payload)
    return payload


def split(conn: Connection, actor_id: str, alias: str) -> dict[str, Any]:
    """Give the mentions of ``actor_id`` written as ``alias`` their own actor, now and later."""
    from marsad.actors.kb import alias_keys, key_of
    from marsad.actors.translit import transliterate

    row = _row(conn, actor_id)
    kind = row.get("kind") or "PER"
    key = key_of(alias)
    if not key:
        raise InputError(f"{alias!r} is not a name")
    akey = f"{kind}|n:{' '.join(key)}"
    new_id = "A" + hashlib.sha1(f"split|{actor_id}|{akey}".encode()).hexdigest()[:10]
    moved = []
    for m in conn.execute(select(S.mentions.c.id, S.mentions.c.text).where(S.mentions.c.actor_id == actor_id)).all():
        if key_of(m[1]) == key:
            moved.append(m[0])
    for i in range(0, len(moved), 500):
        conn.execute(update(S.mentions).where(S.mentions.c.id.in_(moved[i : i + 500])).values(actor_id=new_id))
    for k in alias_keys(kind, key):
        conn.execute(delete(S.actor_aliases).where(S.actor_aliases.c.actor_id == actor_id,
                                                   S.actor_aliases.c.alias_norm == k))
    if conn.execute(select(S.actors.c.id).where(S.actors.c.id == new_id)).first() is None:
        conn.execute(insert(S.actors).values(
            id=new_id, name=transliterate(alias), name_ar=alias, name_norm=" ".join(key), kind=kind,
            aliases=[alias], country=None, sector=None, office=[], office_ar=[], origin="user",
            mention_count=len(moved), first_seen=row.get("first_seen"), last_seen=row.get("last_seen"), attrs={}))
        for k in alias_keys(kind, key):
            conn.execute(insert(S.actor_aliases).values(alias_norm=k, actor_id=new_id))
    aliases = [a for a in (row.get("aliases") or []) if key_of(a) != key]
    conn.execute(update(S.actors).where(S.actors.c.id == actor_id).values(
        aliases=aliases, mention_count=max(0, int(row.get("mention_count") or 0) - len(moved))))
    payload = {"from": actor_id, "alias": alias, "key": akey, "new": new_id, "moved": len(moved)}
    _record(conn, "split", payload)
    return payload


def rename(conn: Connection, actor_id: str, name: str) -> dict[str, Any]:
    """Set the Latin name of an actor, now and later."""
    row = _row(conn, actor_id)
    conn.execute(update(S.actors).where(S.actors.c.id == actor_id).values(name=name))
    row["name"] = name
    _retarget_events(conn, actor_id, actor_id, entity_fields(row))
    payload = {"id": actor_id, "name": name}
    _record(conn, "rename", payload)
    return payload


def set_fields(conn: Connection, actor_id: str, country: str | None = None, sector: str | None = None,
               office: list[str] | None = None) -> dict[str, Any]:
    """Set country / sector / office of an actor, now and later."""
    from marsad.actors.offices import RES, lexicons

    row = _row(conn, actor_id)
    vals: dict[str, Any] = {}
    if country is not None:
        country = country.upper()
        if country not in lexicons().country_names and country not in ("IGO", "NGO"):
            raise InputError(f"{country!r} is not an ISO-3 country code")
        vals["country"] = country
    if sector is not None:
        sector = sector.upper()
        plover = json.loads((RES / "sectors.json").read_text("utf-8"))["plover"]
        if sector not in plover:
            raise InputError(f"{sector!r} is not a PLOVER sector code ({', '.join(plover)})")
        vals["sector"] = sector
    if office is not None:
        vals["office"] = office
    if not vals:
        raise InputError("nothing to set: give --country, --sector or --office")
    conn.execute(update(S.actors).where(S.actors.c.id == actor_id).values(**vals))
    row.update(vals)
    _retarget_events(conn, actor_id, actor_id, entity_fields(row))
    payload = {"id": actor_id, **vals}
    _record(conn, "set", payload)
    return payload


def export_rows(conn: Connection) -> list[dict[str, Any]]:
    """All curation rows, oldest first (for ``--export``)."""
    return [{"action": a, "payload": p, "created_at": c} for a, p, c in conn.execute(
        select(S.actor_curations.c.action, S.actor_curations.c.payload, S.actor_curations.c.created_at)
        .order_by(S.actor_curations.c.id)).all()]


def import_rows(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Append exported curation rows (applied by the linker to what is ingested next)."""
    for r in rows:
        if r.get("action") not in ("merge", "split", "rename", "set") or not isinstance(r.get("payload"), dict):
            raise InputError(f"not a curation row: {r!r}")
        conn.execute(insert(S.actor_curations).values(action=r["action"], payload=r["payload"],
                                                      created_at=r.get("created_at") or _now()))
    return len(rows)
