"""The curated seed dataset built from the five source articles, and its loader."""
