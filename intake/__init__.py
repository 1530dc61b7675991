"""Article intake: an article's text (pasted, fetched or from a file) normalised and stored as a
source's snapshot, read for check-worthy figures and who states them, offered to fact-checkers
as suggestions, and matched against the figures already recorded."""
