#!/usr/bin/env bash
# Build the dashboard's bundled assets (run once; the outputs are committed under marsad/web/):
#   marsad/web/world-110m.geojson  Natural Earth 1:110m countries (public domain) via the
#                                  world-atlas npm package (ISC), converted by scripts/build_world.py
# Everything else in marsad/web/ is hand-written (no JavaScript library, nothing from a CDN).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
WORLD_ATLAS=world-atlas@2.0.2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack --silent "$WORLD_ATLAS" >/dev/null && tar xzf world-atlas-*.tgz )
"$PY" scripts/build_world.py "$tmp/package/countries-110m.json" marsad/web/world-110m.geojson
mkdir -p marsad/web/licenses
cp "$tmp/package/LICENSE" marsad/web/licenses/world-atlas-LICENSE.txt
ls -l marsad/web/world-110m.geojson
