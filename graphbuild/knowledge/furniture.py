"""Page furniture: words of a web page's frame that the tagger may take for a name (lowercase).

A mention whose whole text is one of these ("FILE" of a photo caption, "HTTPS" of a browser
notice) is never an entity.
"""
from __future__ import annotations

FURNITURE = frozenset({
    "file", "file photo", "https", "http", "www", "photo", "photos", "image", "images", "video",
    "audio", "advertisement", "share", "print", "email", "e-mail", "subscribe", "gallery",
    "photo gallery", "snapshots", "related", "comments", "listen", "watch", "tweet", "menu",
    "skip to main content", "read more", "click here", "sign up", "log in", "login", "seal",
    "logo", "icon", "banner", "caption", "credit"})
