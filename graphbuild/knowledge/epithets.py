"""Epithets that news writes for a place instead of its name (lowercase name keys).

"the Red Planet" is Mars: no rule can tell, so the table says it.
"""
from __future__ import annotations

EPITHETS = {
    "red planet": "mars",
    "blue planet": "earth",
    "big apple": "new york city",
    "windy city": "chicago",
    "eternal city": "rome",
    "city of light": "paris",
    "emerald isle": "ireland",
    "land of the rising sun": "japan",
    "middle kingdom": "china",
}
