"""The read-only web page and JSON API (FastAPI) over a Storyline store."""

from storyline.web.app import create_app

__all__ = ["create_app"]
