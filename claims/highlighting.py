"""An article body as HTML with its attributed quotes marked: the one way, for the admin and readers."""

from django.utils.html import format_html, format_html_join


def _carrier(covering):
    """The quote a piece of text links to: a quote nested inside the others, or the first to start."""
    nested = [a for a in covering if all(b.start <= a.start and a.end <= b.end for b in covering)]
    return min(nested or covering, key=lambda a: (a.start, a.pk or 0))


def highlight_quotes(body, attributions, mark):
    """The body as HTML, every character once and escaped, each quoted stretch given to `mark`.

    The body is cut at every quote boundary, so overlapping or nested quotes give flat,
    well-formed markup. `mark(text, carrier, covering, starting)` returns the HTML of one
    quoted piece: `covering` are the quotes spanning it, `carrier` the one it links to
    (a quote nested inside the others, else the first to start), `starting` those that begin
    with it. Attributions whose offsets fall outside the body are left out.
    """
    spans = [a for a in attributions if 0 <= a.start < a.end <= len(body)]
    cuts = sorted({0, len(body), *(a.start for a in spans), *(a.end for a in spans)})
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        text = body[left:right]
        covering = [a for a in spans if a.start <= left and right <= a.end]
        if not covering:
            pieces.append(format_html("{}", text))
            continue
        starting = [a for a in spans if a.start == left]
        pieces.append(mark(text, _carrier(covering), covering, starting))
    return format_html_join("", "{}", ((piece,) for piece in pieces))
