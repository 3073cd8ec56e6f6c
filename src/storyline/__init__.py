"""Storyline: a cited, structured record of what happened, from raw news articles."""

__version__ = "0.1.0"
