"""Warta: news articles to validated data packages."""

__version__ = "0.1.0"
