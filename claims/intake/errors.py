"""The one error the article intake raises for input it cannot take."""


class ImportFailed(Exception):
    """The file cannot be read as an article; the message names the file and says why, in French."""
