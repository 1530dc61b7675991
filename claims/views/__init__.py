"""Tally's public side: claim pages, the index, sources, methodology, corrections, and the
embeddable cards with their oEmbed endpoint."""
