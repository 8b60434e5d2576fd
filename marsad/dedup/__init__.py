"""Merging reports of one real-world event across articles and outlets (issue 7).

:mod:`marsad.dedup.merge` (the store's event writer), :mod:`marsad.dedup.similarity` (report
features and the pair decision), :mod:`marsad.dedup.config` (thresholds), :mod:`marsad.dedup.tables`.
"""
