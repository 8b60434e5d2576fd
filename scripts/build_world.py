"""Convert world-atlas's Natural Earth 1:110m TopoJSON countries to the dashboard's GeoJSON outline.

Usage: python scripts/build_world.py countries-110m.json marsad/web/world-110m.geojson
(run by scripts/build_web.sh, which fetches the world-atlas npm package). Coordinates are rounded
to 0.01°, which is finer than the 1:110m source.
"""

from __future__ import annotations

import json
import sys


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (delta-decoded and de-quantised)."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts, x, y = [], 0, 0
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def ring(indexes: list[int], arcs: list) -> list[list[float]]:
    """One closed ring from arc indexes (negative: the arc ~i reversed)."""
    out: list[tuple[float, float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return [[round(x, 2), round(y, 2)] for x, y in out]


def convert(topo: dict, name: str = "countries") -> dict:
    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"][name]["geometries"]:
        if g["type"] == "Polygon":
            geom = {"type": "Polygon", "coordinates": [ring(r, arcs) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in poly] for poly in g["arcs"]]}
        else:
            continue
        feats.append({"type": "Feature", "id": g.get("id"), "properties": {"name": (g.get("properties") or {}).get("name")},
                      "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def main(src: str, dst: str) -> None:
    with open(src, encoding="utf-8") as fh:
        topo = json.load(fh)
    gj = convert(topo)
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(gj, fh, separators=(",", ":"))
    print(f"wrote {len(gj['features'])} countries to {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
