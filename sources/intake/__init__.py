"""Article intake on the sources side: reading a text or a URL, normalising it into the text a
fact-checker cites, and storing it as a snapshot that keeps the original beside it."""
