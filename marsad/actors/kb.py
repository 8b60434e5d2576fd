"""The actor knowledge base across articles: :class:`ActorLinker`, run by the store's single writer.

Each document actor (local id ``L…``) is linked to a global actor (id ``A`` + 10 hex digits):

1. curations first (:mod:`marsad.actors.curation`): a split-off alias links to its actor, a merged
   id redirects to the surviving one, renamed/set fields are kept;
2. actors already in the database that share an alias key — the full name key (article, hamza,
   ة/ه, honorifics ignored), its consonant skeleton (هاينز/هينز) or, for a lone surname, the
   surname — and whose context agrees: a different known country rules a candidate out; same
   country, shared office and shared co-mentioned actors raise its score; when two candidates
   tie, no link is made;
3. the seeded dictionary (upetrarch actor_dict_ar_v4 + countries; ``resources/actors/kb.json.gz``),
   whose role valid at the publication date gives country and sector where the text gives none;
4. otherwise a new actor, id = hash of kind and name key (plus the country for a namesake from
   another country), so ingest order and workers give the same ids.

The database rows get mention counts, aliases, offices and first/last seen; the document's actors,
mentions, events and quotes are rewritten to the global ids.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from marsad.actors.cluster import name_key, name_units, surname
from marsad.actors.curation import CurationState, load_state
from marsad.actors.offices import RES
from marsad.document import Actor, Document
from marsad.store import schema as S

_SKELETON_DROP = re.compile("[اىء]")

# Statements built once: SQLAlchemy then skips re-coercing and re-keying them on every execute
# (the linker runs a few dozen per article inside the single writer).
_Q_CANDIDATES = select(S.actor_aliases.c.alias_norm, S.actor_aliases.c.actor_id).where(
    S.actor_aliases.c.alias_norm.in_(bindparam("keys", expanding=True)))
_Q_ACTORS_IN = select(S.actors).where(S.actors.c.id.in_(bindparam("ids", expanding=True)))
_Q_ACTOR = select(S.actors).where(S.actors.c.id == bindparam("gid"))
_Q_ALIASES_OF = select(S.actor_aliases.c.alias_norm).where(S.actor_aliases.c.actor_id == bindparam("gid"))
_INSERT_ACTOR = insert(S.actors)
_INSERT_ALIAS = insert(S.actor_aliases)
_UPDATE_ACTOR = update(S.actors).where(S.actors.c.id == bindparam("_gid"))


def key_of(text: str) -> tuple[str, ...]:
    """The name key of an Arabic name (see :func:`marsad.actors.cluster.name_key`)."""
    return name_key(text)[0]


def skeleton(key: tuple[str, ...]) -> str:
    """Spelling skeleton of a name key: alef, alef maqsura and hamza dropped, doubled letters collapsed
    (هاينز = هينز; و and ي kept: محمود ≠ محمد)."""
    out = []
    for w in key:
        s = _SKELETON_DROP.sub("", w[0] + w[1:]) if len(w) > 1 else w
        s = re.sub(r"(.)\1+", r"\1", s)
        out.append(s or w)
    return " ".join(out)


def alias_keys(kind: str, key: tuple[str, ...]) -> list[str]:
    """The alias-table keys an actor with this name key is found under."""
    if not key:
        return []
    keys = [f"{kind}|n:{' '.join(key)}"]
    if kind == "PER":
        keys.append(f"{kind}|s:{skeleton(key)}")
        sur = surname(key)
        if sur:
            keys.append(f"{kind}|l:{sur}")  # not a father's name: محمد بن سلمان is not سلمان
        units = name_units(key)
        if len(units) >= 3 and sur:
            keys.append(f"{kind}|fl:{units[0]} {sur}")  # عادل بن أحمد الجبير ~ عادل الجبير
    return keys


def _kind(kind: str) -> str:
    return {"PERS": "PER"}.get(kind, kind)


@functools.cache
def seed_kb() -> dict[str, list[dict[str, Any]]]:
    """The seeded dictionary, indexed by alias key (full name key and skeleton)."""
    raw = json.loads(gzip.decompress((RES / "kb.json.gz").read_bytes()))
    index: dict[str, list[dict[str, Any]]] = {}
    for e in raw["actors"]:
        key = key_of(e["name_ar"])
        if not key:
            continue
        kind = e["kind"] if e["kind"] != "UNK" else "ORG"
        e = dict(e, key=key, kind=kind)
        for k in alias_keys(kind, key):
            if "|l:" not in k:  # never by surname alone
                index.setdefault(k, []).append(e)
    return index


def role_at(entry: dict[str, Any], date: str | None) -> tuple[str | None, str | None]:
    """Country and sector of a dictionary entry's role valid at ``date`` (YYYY-MM-DD), else its first."""
    roles = entry.get("roles") or []
    if not roles:
        return None, None
    d = (date or "").replace("-", "")[:8]
    if d:
        for country, sector, start, end in roles:
            if (not start or start <= d) and (not end or d <= end):
                return country, sector
    country, sector = roles[0][0], roles[0][1]
    return country, sector


def seed_lookup(kind: str, key: tuple[str, ...], country: str | None, date: str | None) -> dict[str, Any] | None:
    """The seeded-dictionary entry for a name (full key, skeleton, or first + last name), if one fits."""
    idx = seed_kb()
    look = alias_keys(kind, key)[:2]
    units = name_units(key)
    if kind == "PER" and len(units) == 2 and surname(key):
        look.append(f"PER|fl:{units[0]} {units[1]}")
    if kind == "PER" and len(key) > 4 and key[-2] == "ال" and "بن" in key:
        # «سلمان بن عبدالعزيز آل سعود»: the dictionary files ruling-family members without «آل …»
        look += alias_keys(kind, key[:-2])[:2]
    if len(key) == 1:  # one word (حماس) may be filed under either kind
        look.append(f"{'ORG' if kind == 'PER' else 'PER'}|n:{key[0]}")
    for k in look:
        for e in idx.get(k, []):
            if e["kind"] != kind and len(e["key"]) > 1:  # one word (حماس) may be either in the dictionary
                continue
            c, _ = role_at(e, date)
            if c and country and c != country:
                continue
            return e
    return None


def actor_id(kind: str, key: tuple[str, ...], country: str | None, seeded: bool = False) -> str:
    """The deterministic global id of an actor (``country`` only tells namesakes apart)."""
    basis = f"kb|{kind}|{' '.join(key)}" if seeded else f"{kind}|{' '.join(key)}" + (f"|{country}" if country else "")
    return "A" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]


class ActorLinker:
    """Links a document's actors to the knowledge base inside the store's write transaction."""

    def __init__(self, store: Any = None) -> None:
        self.store = store

    def warm(self) -> None:
        """Load the seeded dictionary now (a writer calls this at start-up, not at its first article)."""
        seed_kb()

    # -- candidates ------------------------------------------------------------------------------
    def _candidates(self, conn: Connection, keys: list[str]) -> dict[str, set[str]]:
        rows = conn.execute(_Q_CANDIDATES, {"keys": list(keys)}).all()
        out: dict[str, set[str]] = {}
        for k, aid in rows:
            out.setdefault(aid, set()).add(k)
        return out

    def _score(self, a: Actor, row: dict[str, Any], matched: set[str], co: set[str]) -> float | None:
        """How well a stored actor fits a document actor; None when the context rules it out."""
        if row.get("country") and a.country and row["country"] != a.country:
            return None
        if (row.get("kind") or a.kind) != a.kind:
            return None
        s = 0.0
        if any("|n:" in k for k in matched):
            s += 3
        if any("|s:" in k for k in matched):
            s += 2
        if any("|l:" in k or "|fl:" in k for k in matched):
            s += 1
        if row.get("country") and row["country"] == a.country:
            s += 1
        if set(row.get("office") or []) & set(a.office):
            s += 1
        seen_with = set((row.get("attrs") or {}).get("co", []))
        s += 0.5 * min(len(seen_with & co), 2)
        return s

    def _find(self, conn: Connection, a: Actor, key: tuple[str, ...], co: set[str],
              state: CurationState, known: dict[str, dict[str, Any] | None]) -> str | None:
        kind = a.kind
        keys = alias_keys(kind, key)
        for k in keys[:1]:
            if k in state.split_keys:
                return state.split_keys[k]
        # a full name links by full name or skeleton (or first + last name); a surname-level match
        # links only a lone surname (الحموشي) — never Michelle to Barack Obama
        look = [k for k in keys if "|l:" not in k and "|fl:" not in k]
        units = name_units(key)
        if kind == "PER" and len(units) == 1:
            look.append(f"PER|l:{' '.join(key)}")
        sur = surname(key) if kind == "PER" else None
        if sur:
            look.append(f"PER|n:{sur}")  # an actor known so far by the surname alone
        if kind == "PER" and len(units) == 2 and sur:
            look.append(f"PER|fl:{units[0]} {sur}")
        cands = self._candidates(conn, look)
        if not cands:
            return None
        rows = {}
        for r in conn.execute(_Q_ACTORS_IN, {"ids": list(cands)}).mappings():
            known[r["id"]] = dict(r)
            rows[r["id"]] = dict(r)
        scored = []
        for aid, matched in cands.items():
            row = rows.get(aid)
            if row is None:
                continue
            cur = state.fields.get(aid, {})
            if cur.get("country"):
                row["country"] = cur["country"]
            if sur and matched == {f"PER|n:{sur}"} and (row.get("name_norm") or "") != sur:
                continue  # known by the surname alone no longer: Michelle is not Barack Obama
            sc = self._score(a, row, matched, co)
            if sc is not None:
                scored.append((sc, int(row.get("mention_count") or 0), aid))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0] and state.resolve(scored[0][2]) != state.resolve(scored[1][2]):
            return None  # ambiguous: two actors fit equally well
        return scored[0][2]

    def _seeded(self, a: Actor, key: tuple[str, ...], date: str | None) -> dict[str, Any] | None:
        return seed_lookup(a.kind, key, a.country, date)

    # -- linking ---------------------------------------------------------------------------------
    def link(self, conn: Connection, doc: Document) -> dict[str, str]:
        """Give the document's actors global ids; update the actor tables; return local → global."""
        state = load_state(conn)
        seen = doc.published or None
        mapping: dict[str, str] = {}
        linkable = [a for a in doc.actors if a.kind in ("PER", "PERS", "ORG", "GPE") and a.attrs.get("source") == "actors"]
        keys: dict[str, tuple[str, ...]] = {}
        for a in linkable:
            a.kind = _kind(a.kind)
            keys[a.id] = tuple(a.attrs.get("key") or key_of(a.name_ar))
        co_all = {" ".join(k) for k in keys.values()}
        known: dict[str, dict[str, Any] | None] = {}  # stored rows (None: no row) read or written in this call
        for a in linkable:
            key = keys[a.id]
            if not key:
                continue
            co = co_all - {" ".join(key)}
            gid = self._find(conn, a, key, co, state, known)
            origin = "auto"
            entry = None
            if gid is None:
                entry = self._seeded(a, key, seen)
                if entry is not None:
                    gid, origin = actor_id(a.kind, entry["key"], None, seeded=True), "kb"
                elif a.kind == "GPE":
                    gid = actor_id("GPE", (a.country or "",), None)
                else:
                    gid = actor_id(a.kind, key, None)
                    taken = self._stored(conn, gid, known)
                    if taken is not None and taken.get("country") and a.country and taken["country"] != a.country:
                        gid = actor_id(a.kind, key, a.country)  # a namesake from another country
            gid = state.resolve(gid)
            mapping[a.id] = gid
            self._upsert(conn, a, gid, key, entry, origin, seen, co, state, known)
        self._rewrite(doc, mapping)
        return mapping

    @staticmethod
    def _stored(conn: Connection, gid: str, known: dict[str, dict[str, Any] | None]) -> dict[str, Any] | None:
        """The stored row of an actor, None if there is none (from ``known`` when this call has read
        or written it)."""
        if gid not in known:
            r = conn.execute(_Q_ACTOR, {"gid": gid}).mappings().first()
            known[gid] = None if r is None else dict(r)
        row = known[gid]
        return None if row is None else dict(row)

    def _upsert(self, conn: Connection, a: Actor, gid: str, key: tuple[str, ...], entry: dict[str, Any] | None,
                origin: str, seen: str | None, co: set[str], state: CurationState,
                known: dict[str, dict[str, Any] | None]) -> None:
        row = self._stored(conn, gid, known)
        cur = state.fields.get(gid, {})
        n = len(a.mentions) or 1
        if row is None:
            country, sector = a.country, a.sector
            cameo = None
            if entry is not None:
                kc, ks = role_at(entry, seen)
                country = country or kc
                sector = sector or ks
                cameo = entry.get("cameo")
            vals = {
                "id": gid, "name": state.names.get(gid) or a.name, "name_ar": a.name_ar,
                "name_norm": " ".join(key), "kind": a.kind, "aliases": list(a.aliases),
                "country": cur.get("country", country), "sector": cur.get("sector", sector),
                "office": cur.get("office", list(a.office)), "office_ar": list(a.office_ar), "cameo_code": cameo,
                "origin": origin, "mention_count": n, "first_seen": seen, "last_seen": seen,
                "attrs": {"co": sorted(co)[:20]},
            }
            conn.execute(_INSERT_ACTOR, vals)
            row_d = vals
            known[gid] = dict(vals)
        else:
            row_d = dict(row)
            aliases = list(row_d.get("aliases") or [])
            aliases += [x for x in a.aliases if x not in aliases]
            office = list(row_d.get("office") or [])
            if "office" not in cur:
                office += [o for o in a.office if o not in office]
            office_ar = list(row_d.get("office_ar") or [])
            office_ar += [o for o in a.office_ar if o not in office_ar]
            attrs = dict(row_d.get("attrs") or {})
            attrs["co"] = sorted(set(attrs.get("co", [])) | co)[:40]
            upd = {
                "aliases": aliases, "office": office, "office_ar": office_ar, "attrs": attrs,
                "mention_count": int(row_d.get("mention_count") or 0) + n,
                "country": row_d.get("country") or a.country, "sector": row_d.get("sector") or a.sector,
            }
            if len(a.name_ar.split()) > len((row_d.get("name_ar") or "").split()):
                upd["name_ar"] = a.name_ar
                upd["name_norm"] = " ".join(key)
            if seen:
                if not row_d.get("last_seen") or seen > row_d["last_seen"]:
                    upd["last_seen"] = seen
                if not row_d.get("first_seen") or seen < row_d["first_seen"]:
                    upd["first_seen"] = seen
            if not row_d.get("name"):
                upd["name"] = a.name
            conn.execute(_UPDATE_ACTOR, {**upd, "_gid": gid})
            row_d.update(upd)
            known[gid] = dict(row_d)
        # a row inserted just now has no aliases yet (they reference it)
        have = set() if row is None else {r[0] for r in conn.execute(_Q_ALIASES_OF, {"gid": gid})}
        new_keys = set(alias_keys(a.kind, key))
        if row is not None and a.kind == "PER" and len(key) == 1:
            new_keys = {k for k in new_keys if "|n:" not in k or len(key) > 1} | {f"PER|n:{key[0]}"}
        if a.kind == "GPE" and a.country:
            new_keys.add(f"GPE|c:{a.country}")
        add = sorted(new_keys - have)
        if add:
            conn.execute(_INSERT_ALIAS, [{"alias_norm": k, "actor_id": gid} for k in add])
        # the document actor carries what the knowledge base knows (press spelling, curated fields)
        a.name = state.names.get(gid) or row_d.get("name") or a.name
        a.country = cur.get("country") or a.country or row_d.get("country")
        a.sector = cur.get("sector") or a.sector or row_d.get("sector")
        if "office" in cur:
            a.office = list(cur["office"])
        a.attrs["origin"] = row_d.get("origin", origin)

    @staticmethod
    def _rewrite(doc: Document, mapping: dict[str, str]) -> None:
        """Replace local ids by global ones everywhere in the document; merge actors that met."""
        merged: dict[str, Actor] = {}
        out: list[Actor] = []
        for a in doc.actors:
            gid = mapping.get(a.id, a.id)
            if gid in merged:
                m = merged[gid]
                m.mentions = sorted(set(m.mentions) | set(a.mentions))
                m.aliases = sorted(set(m.aliases) | set(a.aliases))
                m.office += [o for o in a.office if o not in m.office]
                if len(a.name_ar.split()) > len(m.name_ar.split()):
                    m.name_ar = a.name_ar
                continue
            if a.id != gid:
                a.attrs.setdefault("local_id", a.id)
            a.id = gid
            merged[gid] = a
            out.append(a)
        doc.actors[:] = out
        for m in doc.mentions:
            if m.actor_key in mapping:
                m.actor_key = mapping[m.actor_key]
        for ev in doc.events:
            ev.actors = list(dict.fromkeys(mapping.get(x, x) for x in ev.actors))
            ev.recipients = list(dict.fromkeys(mapping.get(x, x) for x in ev.recipients))
        for q in doc.quotes:
            if q.speaker_actor in mapping:
                q.speaker_actor = mapping[q.speaker_actor]
