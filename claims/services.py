"""Writes that touch several records at once, each in one transaction."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .hierarchy import MAX_ACTOR_DEPTH, source_sql, too_deep
from .history import CLAIM_SUMMARY_COLUMNS, current_path, current_user, record_bulk_history, write_path
from .models import Actor, ActorAlias, Article, Attribution, Claim, Review
from .text import name_key, quote_offsets


@transaction.atomic
def review_claim(*, claim, status, rationale, reviewer, evidence=""):
    """Record a verdict on `claim` and move its status to it. The only way a status changes.

    Raises ValidationError for an unknown status or a blank rationale; nothing is written then.
    """
    if status not in Claim.Status.values:
        raise ValidationError({"status": _("Unknown status “%(status)s”.") % {"status": status}})
    rationale = (rationale or "").strip()
    if not rationale:
        raise ValidationError({"rationale": _("A review needs a rationale.")})
    # Lock the claim so that two simultaneous reviews get consecutive numbers.
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    number = (locked.reviews.aggregate(last=Max("number"))["last"] or 0) + 1
    now = timezone.now()
    review = Review.objects.create(
        claim=locked,
        number=number,
        status=status,
        rationale=rationale,
        evidence=(evidence or "").strip(),
        reviewer=reviewer,
        created_at=now,
    )
    Claim.objects.filter(pk=locked.pk).update(
        status=status, updated_at=now, last_reviewed=now, version=locked.version + 1
    )
    claim.status, claim.updated_at, claim.last_reviewed, claim.version = status, now, now, locked.version + 1
    # The status column's own history: old → new beside every other change to the claim.
    record_bulk_history(Claim, [locked.pk], history_type="~", reason=f"review #{number}", user=reviewer)
    return review


class StaleEdit(Exception):
    """Someone else saved the record after this edit was opened; the edit was not applied."""

    def __init__(self, obj):
        super().__init__(f"{obj._meta.label} {obj.pk} changed since version was read")
        self.obj = obj


SUMMARY_FIELDS = CLAIM_SUMMARY_COLUMNS
_SUMMARY_CHUNK = 2000


def refresh_claim_summaries(claim_ids=None):
    """Recompute the stored summary columns of the given claims (all claims when None).

    Call it after any write that adds, removes or moves attributions, changes an
    article's date or an actor's place in a hierarchy, or records a review. Costs
    three queries per 2,000 claims; on PostgreSQL one statement, however many claims,
    which also rebuilds the claims' full-text search documents. Returns how many claims
    were refreshed.
    """
    if connection.vendor == "postgresql":
        return _refresh_on_postgresql(None if claim_ids is None else list(claim_ids))
    if claim_ids is None:
        claim_ids = Claim.objects.values_list("pk", flat=True).iterator()
    refreshed, chunk = 0, []
    for claim_id in claim_ids:
        chunk.append(claim_id)
        if len(chunk) == _SUMMARY_CHUNK:
            refreshed += _refresh_chunk(chunk)
            chunk = []
    if chunk:
        refreshed += _refresh_chunk(chunk)
    return refreshed


def _refresh_chunk(claim_ids):
    figures = {
        row.pop("claim_id"): row for row in Attribution.objects.filter(claim_id__in=claim_ids).summaries()
    }
    reviewed = dict(
        Review.objects.filter(claim_id__in=claim_ids)
        .order_by()
        .values("claim_id")
        .annotate(last=Max("created_at"))
        .values_list("claim_id", "last")
    )
    # A claim nothing quotes any more: its figures go back to their fields' defaults.
    empty = {name: Claim._meta.get_field(name).get_default() for name in SUMMARY_FIELDS}
    claims = []
    for claim_id in set(claim_ids):
        values = empty | figures.get(claim_id, {}) | {"last_reviewed": reviewed.get(claim_id)}
        claim = Claim(pk=claim_id, **values)
        claims.append(claim)
    return Claim.objects.bulk_update(claims, SUMMARY_FIELDS, batch_size=500)


# The same figures as Attribution.objects.summaries(), as one UPDATE, plus the search document of
# migration 0005 (the claim's text and quotes); the {where_…} placeholders limit it to some claims.
_REFRESH_SQL = """
WITH figures AS (
    SELECT a.claim_id,
           COUNT(*) AS attribution_count,
           COUNT(DISTINCT a.article_id) AS article_count,
           COUNT(DISTINCT src.id) AS source_count,
           COUNT(DISTINCT src.id) FILTER (WHERE a.stance = 'asserts') AS asserting_sources,
           COUNT(DISTINCT src.id) FILTER (WHERE a.stance = 'denies') AS denying_sources,
           MAX(art.published_on) AS last_seen,
           string_agg(a.quote, ' ' ORDER BY a.id) AS quotes
      FROM claims_attribution a
      JOIN claims_article art ON art.id = a.article_id
      {actor_joins}
      CROSS JOIN LATERAL (SELECT {source_id} AS id) src
     WHERE {where_attribution}
     GROUP BY a.claim_id
), reviewed AS (
    SELECT claim_id, MAX(created_at) AS last_reviewed FROM claims_review
     WHERE {where_review} GROUP BY claim_id
)
UPDATE claims_claim c
   SET attribution_count = COALESCE(f.attribution_count, 0),
       article_count = COALESCE(f.article_count, 0),
       source_count = COALESCE(f.source_count, 0),
       asserting_sources = COALESCE(f.asserting_sources, 0),
       denying_sources = COALESCE(f.denying_sources, 0),
       last_seen = f.last_seen,
       last_reviewed = r.last_reviewed,
       search_document = to_tsvector(
           'french'::regconfig, selon_unaccent(c2.text || ' ' || COALESCE(f.quotes, ''))
       )
  FROM claims_claim c2
  LEFT JOIN figures f ON f.claim_id = c2.id
  LEFT JOIN reviewed r ON r.claim_id = c2.id
 WHERE c.id = c2.id AND {where_claim}
"""
_ACTOR_JOINS, _SOURCE_ID = source_sql("a.actor_id")
_REFRESH_SQL = _REFRESH_SQL.replace("{actor_joins}", _ACTOR_JOINS).replace("{source_id}", _SOURCE_ID)


def _refresh_on_postgresql(claim_ids):
    if claim_ids is None:
        sql, params = (
            _REFRESH_SQL.format(where_attribution="TRUE", where_review="TRUE", where_claim="TRUE"),
            {},
        )
    else:
        sql = _REFRESH_SQL.format(
            where_attribution="a.claim_id = ANY(%(ids)s)",
            where_review="claim_id = ANY(%(ids)s)",
            where_claim="c2.id = ANY(%(ids)s)",
        )
        params = {"ids": claim_ids}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def restore_review_statuses(claim_ids=None):
    """Put every claim's status back to its latest review's (unreviewed when it has none).

    Reviews are the record; a raw fixture load (`loaddata` of claims.json) can
    overwrite the status column with the file's. Limited to `claim_ids` when given; each
    claim put right gets a new version and a history row. Returns how many claims changed.
    """
    latest = Review.objects.filter(claim=OuterRef("pk")).order_by("-number").values("status")[:1]
    expected = Coalesce(Subquery(latest), Value(Claim.Status.UNREVIEWED))
    drifted = Claim.objects.annotate(expected=expected).exclude(status=F("expected"))
    if claim_ids is None:
        pks = list(drifted.values_list("pk", flat=True))
    else:
        claim_ids, pks = list(claim_ids), []
        for start in range(0, len(claim_ids), _SUMMARY_CHUNK):
            chunk = claim_ids[start : start + _SUMMARY_CHUNK]
            pks += drifted.filter(pk__in=chunk).values_list("pk", flat=True)
    for start in range(0, len(pks), _SUMMARY_CHUNK):
        chunk = pks[start : start + _SUMMARY_CHUNK]
        Claim.objects.filter(pk__in=chunk).update(status=expected, version=F("version") + 1)
    record_bulk_history(
        Claim, pks, history_type="~", reason="status restored from reviews", user=current_user()
    )
    return len(pks)


def touch_claims(claim_ids, *, reason=None):
    """Give these claims a new version after a change to their attributions, with a history row.

    A verdict form or confirmation opened before (on the claim as it was quoted) is then refused.
    """
    claim_ids = sorted(set(claim_ids))
    for start in range(0, len(claim_ids), _SUMMARY_CHUNK):
        chunk = claim_ids[start : start + _SUMMARY_CHUNK]
        Claim.objects.filter(pk__in=chunk).update(version=F("version") + 1)
    record_bulk_history(
        Claim, claim_ids, history_type="~", reason=reason or current_path(), user=current_user()
    )


def is_stale(obj, seen_version):
    """Whether `obj` has been saved by anyone since `seen_version` was read. Costs a query."""
    current = type(obj)._base_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
    return current is not None and current != seen_version


@transaction.atomic
def save_versioned(obj, *, seen_version):
    """Save `obj` only if nobody saved it since `seen_version` was read; bump its version.

    The conditional UPDATE claims the row first: of two simultaneous edits opened at the
    same version, exactly one matches it. The other raises StaleEdit and writes nothing.
    """
    if obj.pk is None or seen_version is None:
        obj.save()
        return obj
    model = type(obj)
    claimed = model._base_manager.filter(pk=obj.pk, version=seen_version).update(version=seen_version + 1)
    if not claimed:
        raise StaleEdit(obj)
    obj.version = seen_version + 1
    if hasattr(obj, "updated_at"):
        obj.updated_at = timezone.now()
    obj.save()
    return obj


def _bump(obj, **changes):
    """Save `obj` with `changes` and a new version, so that edit forms opened before are refused."""
    for field, value in changes.items():
        setattr(obj, field, value)
    obj.version += 1
    obj.save()


@transaction.atomic
def merge_actors(*, survivor, duplicate):
    """Fold `duplicate` into `survivor`: two records that turned out to name one actor.

    Attributions, aliases, children and published articles move to the survivor, the
    duplicate's name becomes one of its aliases, and the duplicate is deleted. Nothing
    else is lost: a description or country the survivor lacks is taken over.
    Raises ValidationError, writing nothing, when the merge would break the hierarchy or
    make one appearance in an article recorded twice for the survivor.
    Returns what moved: {"attributions": [...], "aliases": [...], "children": [...], "articles": [...]}.
    """
    survivor = Actor.objects.select_for_update().get(pk=survivor.pk)
    duplicate = Actor.objects.select_for_update().get(pk=duplicate.pk)
    if survivor.pk == duplicate.pk:
        raise ValidationError(_("An actor cannot be merged with itself."))
    lineage = {survivor.pk, *(actor.pk for actor in survivor.ancestors())}
    if duplicate.pk in lineage or survivor.pk in {a.pk for a in duplicate.ancestors()}:
        raise ValidationError(
            _("%(a)s and %(b)s belong to one hierarchy: move one of them out of it before merging.")
            % {"a": survivor, "b": duplicate}
        )
    if too_deep(above=len(survivor.ancestors()), below=duplicate._depth_below()):
        raise ValidationError(
            _("Merging would make the hierarchy more than %(depth)d levels deep.")
            % {"depth": MAX_ACTOR_DEPTH}
        )
    if duplicate.published_articles.exists() and survivor.kind != Actor.Kind.MEDIA:
        raise ValidationError(
            _("%(actor)s publishes articles: it can only be merged into a media outlet.")
            % {"actor": duplicate}
        )
    clashes = [
        attribution
        for attribution in duplicate.attributions.select_related("article", "claim")
        if survivor.attributions.filter(
            claim_id=attribution.claim_id, article_id=attribution.article_id, start=attribution.start
        ).exists()
    ]
    if clashes:
        raise ValidationError(
            _("Both actors hold the same quote for the same claim in “%(article)s”: delete one first.")
            % {"article": clashes[0].article}
        )

    # The duplicate's name becomes the survivor's alias: it must not name a third actor.
    check_alias_free(duplicate.name, actor=survivor, also_free=[duplicate])
    with write_path(f"merge: {duplicate.slug} into {survivor.slug}"):
        return _fold(survivor, duplicate)


def _fold(survivor, duplicate):
    moved = {
        "attributions": list(duplicate.attributions.all()),
        "aliases": list(duplicate.aliases.all()),
        "children": list(duplicate.children.all()),
        "articles": list(duplicate.published_articles.all()),
    }
    # One save per record, never a bulk update: each keeps its version step and its history.
    for attribution in moved["attributions"]:
        _bump(attribution, actor=survivor)
    for child in moved["children"]:
        _bump(child, parent=survivor)
    for article in moved["articles"]:
        _bump(article, outlet=survivor)
    for alias in moved["aliases"]:
        alias.actor = survivor
        alias.save()

    if not survivor.country:
        survivor.country = duplicate.country
    if duplicate.description and duplicate.description not in survivor.description:
        survivor.description = "\n\n".join(filter(None, [survivor.description, duplicate.description]))
    old_name = duplicate.name
    duplicate.delete()
    _bump(survivor)
    refresh_claim_summaries(Claim.objects.touched_by(survivor).values_list("pk", flat=True))
    touch_claims({attribution.claim_id for attribution in moved["attributions"]})
    known = {survivor.name_key, *survivor.aliases.values_list("key", flat=True)}
    if name_key(old_name) not in known:
        moved["aliases"].append(ActorAlias.objects.create(actor=survivor, alias=old_name))
    return moved


# Verdicts hold for the text they were given on ------------------------------------------------

REOPEN_RATIONALE_MISSING = gettext_lazy(
    "This claim has a verdict: say why you change what it was given on. The claim goes back to "
    "“Unreviewed” with your reason on record."
)

# What a verdict was given on: the claim's text, and who said it and how.
VERDICT_FIELDS = {Claim: ("text",), Attribution: ("claim", "actor", "stance", "quote")}


def verdict_changes(obj, changed_fields):
    """The fields among `changed_fields` of `obj` (a claim or an attribution) that a verdict rests on."""
    return [name for name in VERDICT_FIELDS.get(type(obj), ()) if name in changed_fields]


@transaction.atomic
def reopen_claim(*, claim, rationale, reviewer, what=""):
    """Put a claim with a verdict back to unreviewed after what its verdict rested on changed.

    The reopening is a review like any other (status unreviewed, through review_claim()), its
    rationale opening with what changed: the review history says who reopened it, when and why.
    Returns the review, or None when the claim had no verdict to withdraw.
    """
    claim.refresh_from_db(fields=["status", "version"])
    if claim.status == Claim.Status.UNREVIEWED:
        return None
    rationale = (rationale or "").strip()
    if not rationale:
        raise ValidationError({"reopen_rationale": REOPEN_RATIONALE_MISSING})
    heading = _("Reopened: %(what)s.") % {"what": what} if what else _("Reopened.")
    return review_claim(
        claim=claim,
        status=Claim.Status.UNREVIEWED,
        rationale=f"{heading} {rationale}",
        reviewer=reviewer,
    )


# Quotes stay where their offsets say ----------------------------------------------------------


class QuotesWouldBreak(ValidationError):
    """A new article body would lose (or make ambiguous) the quotes of these attributions."""

    def __init__(self, article, attributions):
        self.article, self.attributions = article, attributions
        listed = "; ".join(
            _("“%(quote)s” (%(who)s, claim “%(claim)s”)")
            % {
                "quote": attribution.quote[:80],
                "who": attribution.actor.name if attribution.actor_id else _("the outlet"),
                "claim": attribution.claim.slug,
            }
            for attribution in attributions
        )
        super().__init__(
            {
                "body": _(
                    "The new text of “%(article)s” would break %(count)d attribution(s) whose quote it no "
                    "longer holds exactly once: %(list)s. Change or delete them first."
                )
                % {"article": article.slug, "count": len(attributions), "list": listed}
            }
        )


def quote_moves(article, new_body, *, old_body=None, attributions=None):
    """Where each attribution of `article` finds its quote in `new_body`: [(attribution, new start)].

    A quote whose text up to its end is unchanged stays where it is; any other is moved to its
    one occurrence in the new body. Raises QuotesWouldBreak, listing every attribution whose
    quote the new body holds no more, or more than once. Writes nothing; costs a query unless
    `old_body` and `attributions` are given.
    """
    if old_body is None:
        old_body = Article.objects.filter(pk=article.pk).values_list("body", flat=True).first() or ""
    if attributions is None:
        attributions = list(Attribution.objects.filter(article=article.pk).select_related("actor", "claim"))
    moves, broken = [], []
    for attribution in attributions:
        start, end = attribution.start, attribution.end
        if new_body[:end] == old_body[:end] and new_body[start:end] == attribution.quote:
            continue
        offsets = quote_offsets(new_body, attribution.quote)
        if len(offsets) == 1:
            moves.append((attribution, offsets[0]))
        else:
            broken.append(attribution)
    if broken:
        raise QuotesWouldBreak(article, broken)
    return moves


@transaction.atomic
def relocate_quotes(article, new_body, *, old_body=None, skip=()):
    """Move the quotes of `article`'s attributions to their place in `new_body`, before the body is saved.

    The one rule for every path that changes a body (article intake, admin, fixture import):
    each attribution keeps pointing at its quote, or the change is refused with QuotesWouldBreak,
    writing nothing. Each moved attribution gets a new version and a history row. Returns them.
    `old_body` is read from the database unless given (after the article was saved); `skip` are
    attributions placed by other means in the same change (rows edited beside the body).
    """
    moved = []
    attributions = [
        attribution
        for attribution in Attribution.objects.filter(article=article.pk).select_related("actor", "claim")
        if attribution.pk not in skip
    ]
    for attribution, start in quote_moves(article, new_body, old_body=old_body, attributions=attributions):
        _bump(attribution, start=start, end=start + len(attribution.quote))
        moved.append(attribution)
    return moved


# One namespace for actors' names and aliases ---------------------------------------------------


def check_alias_free(text, *, actor, also_free=()):
    """Raise ValidationError naming the actor that already answers to `text`, other than `actor`.

    `also_free` are other actors allowed to hold it (a merge: the duplicate about to go).
    """
    other = Actor.objects.answering_to(text, exclude=[actor, *also_free])
    if other is not None:
        raise ValidationError(
            _("“%(name)s” already names %(actor)s (as its name or an alias).")
            % {"name": text, "actor": other}
        )


@transaction.atomic
def refresh_suggestions(article, suggestions=None):
    """Store what the extraction engine reads in `article`: {"created", "updated", "removed", "kept"}.

    Idempotent: a suggestion is the same row as long as its article, span, source as written
    and stance are the same. Accepted and rejected suggestions keep their state and are never
    removed, so a rejected one does not come back; pending ones the engine no longer finds go.
    `suggestions` is the engine's output when the caller already has it.
    """
    from .extraction import suggest
    from .models import Suggestion

    if suggestions is None:
        suggestions = suggest(article.body, title=article.title)
    stored = {
        (row.start, row.end, row.actor_text, row.stance): row
        for row in Suggestion.objects.filter(article=article)
    }
    counts = {"created": 0, "updated": 0, "removed": 0, "kept": 0}
    seen = set()
    for found in suggestions:
        key = (found.start, found.end, found.actor_text[:200], found.stance)
        if key in seen:
            continue
        seen.add(key)
        values = {
            "quote": found.quote,
            "cue": found.cue[:200],
            "actor": found.actor,
            "proposed_kind": found.proposed_kind,
            "via_text": found.via[:200],
            "confidence": found.confidence,
        }
        row = stored.get(key)
        if row is None:
            Suggestion.objects.create(
                article=article, start=key[0], end=key[1], actor_text=key[2], stance=key[3], **values
            )
            counts["created"] += 1
        elif row.state != Suggestion.State.PENDING:
            counts["kept"] += 1
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            row.save()
            counts["updated"] += 1
    gone = [
        row.pk for key, row in stored.items() if key not in seen and row.state == Suggestion.State.PENDING
    ]
    if gone:
        counts["removed"] = Suggestion.objects.filter(pk__in=gone).delete()[0]
    return counts


# -- the annotation desk -----------------------------------------------------------------------------


class DeskConflict(ValidationError):
    """Someone else's work got there first: the attribution or the decision already exists."""


def _claim_for(*, claim, claim_text):
    """The chosen claim, or the one with exactly `claim_text` (made when nobody wrote it yet)."""
    from django.utils.text import slugify

    if claim is not None:
        return claim
    claim_text = " ".join((claim_text or "").split())
    if not claim_text:
        raise ValidationError({"claim_text": _("Choose a claim or write a new one.")})
    existing = Claim.objects.filter(text=claim_text).first()
    if existing is not None:
        return existing  # the same words written by a colleague a moment ago: one claim, not two
    base = slugify(claim_text)[:180].strip("-") or "affirmation"
    slug, number = base, 1
    while Claim.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Claim.objects.create(text=claim_text, slug=slug)


def _actor_for(*, actor, new_actor_name, new_actor_kind):
    """The chosen actor, the one already named `new_actor_name`, a new one, or None (the outlet's voice)."""
    from django.utils.text import slugify

    if actor is not None:
        return actor
    name = " ".join((new_actor_name or "").split())
    if not name:
        return None
    known = Actor.objects.resolve(name)
    if known is not None:
        return known
    if new_actor_kind not in Actor.Kind.values:
        raise ValidationError({"new_actor_kind": _("Choose the kind of the new actor.")})
    base = slugify(name)[:180].strip("-") or "acteur"
    slug, number = base, 1
    while Actor.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Actor.objects.create(name=name[:200], slug=slug, kind=new_actor_kind)


@transaction.atomic
def attribute_passage(
    *,
    article,
    quote,
    stance,
    user,
    start=None,
    end=None,
    cue="",
    claim=None,
    claim_text="",
    actor=None,
    new_actor_name="",
    new_actor_kind="",
    seen_version=None,
    reopen_rationale="",
):
    """Record that `article` attributes a claim to an actor at a passage: the desk's one write.

    The passage is `article.body[start:end]` when those offsets still hold `quote`, else the
    quote is looked for as typed (text.locate_typed_quote()) and stored verbatim. The claim is
    `claim` or the one `claim_text` states (created when new); the actor is `actor`, the one
    `new_actor_name` names, a new one of `new_actor_kind`, or nobody (the outlet's own voice).
    `seen_version` is the article's version the editor read: a body changed since is refused.
    A claim with a verdict takes a new attribution only from an editor, with `reopen_rationale`:
    it is then reopened (reopen_claim()), as on its admin page.
    Raises ValidationError (DeskConflict when a colleague recorded the same attribution first),
    writing nothing. `user` is who records it. Returns the new Attribution.
    """
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if seen_version is not None and locked.version != seen_version:
        raise DeskConflict(
            _(
                "The article's text changed since this page was opened: reload it and attribute "
                "the passage again."
            )
        )
    if stance not in Attribution.Stance.values:
        raise ValidationError({"stance": _("Choose a stance.")})
    attribution = Attribution(article=locked, quote=quote or "", stance=stance, cue=(cue or "").strip()[:200])
    if start is not None and end is not None and quote and locked.body[start:end] == quote:
        attribution.start, attribution.end = start, end
    elif not attribution.quote.strip():
        raise ValidationError({"quote": _("Select a passage of the article.")})
    else:
        attribution.locate(_occurrence_near(locked.body, quote, start))
    attribution.claim = _claim_for(claim=claim, claim_text=claim_text)
    reopening = attribution.claim.pk is not None and attribution.claim.status != Claim.Status.UNREVIEWED
    if reopening:
        if not user.has_perm("claims.review_claim"):
            raise ValidationError(
                _(
                    "This claim has a verdict (%(status)s): only an editor may add an attribution to it, "
                    "which reopens it. Choose another claim or ask an editor."
                )
                % {"status": attribution.claim.get_status_display()}
            )
        if not (reopen_rationale or "").strip():
            raise ValidationError({"reopen_rationale": REOPEN_RATIONALE_MISSING})
    attribution.actor = _actor_for(actor=actor, new_actor_name=new_actor_name, new_actor_kind=new_actor_kind)
    duplicate = Attribution.objects.filter(
        claim=attribution.claim, article=locked, actor=attribution.actor, start=attribution.start
    )
    if duplicate.exists():
        raise DeskConflict(_("This attribution is already recorded (perhaps by a colleague a moment ago)."))
    try:
        with transaction.atomic():
            attribution.save()
    except IntegrityError as error:  # recorded by a colleague between the check and the insert
        raise DeskConflict(
            _("This attribution is already recorded (perhaps by a colleague a moment ago).")
        ) from error
    refresh_claim_summaries([attribution.claim_id])
    touch_claims([attribution.claim_id])
    if reopening:
        reopen_claim(
            claim=attribution.claim, rationale=reopen_rationale, reviewer=user, what=_("attribution added")
        )
    return attribution


def _occurrence_near(body, quote, start):
    """Which occurrence of a quote typed more than once is meant: the one nearest `start`, if known."""
    from .text import AmbiguousQuote, QuoteNotFound, locate_typed_quote

    if start is None:
        return None
    try:
        locate_typed_quote(body, quote)
    except AmbiguousQuote as error:
        distances = [abs(found - start) for found, _end in error.occurrences]
        return distances.index(min(distances))
    except QuoteNotFound:
        pass
    return None


# accept_suggestion()'s default actor: the suggestion's own, as opposed to None, the outlet's voice.
SUGGESTED = object()


@transaction.atomic
def accept_suggestion(*, suggestion, user, claim=None, claim_text="", actor=SUGGESTED, **changes):
    """Record `suggestion` as an attribution, as proposed or with the editor's `changes`; mark it accepted.

    `changes` are attribute_passage()'s: stance, cue, quote, start, end, new_actor_name,
    new_actor_kind, seen_version. `actor` left out, the suggestion's own is used (resolved, or
    created from the source as written); None is the outlet's own voice. A suggestion already
    accepted or rejected by a colleague raises DeskConflict and nothing is written.
    """
    from .models import Suggestion

    claimed = Suggestion.objects.filter(pk=suggestion.pk, state=Suggestion.State.PENDING).update(
        state=Suggestion.State.ACCEPTED
    )
    if not claimed:
        raise DeskConflict(_("A colleague already dealt with this suggestion: reload the page."))
    if actor is SUGGESTED:
        actor = suggestion.actor
        if actor is None and suggestion.actor_text and not changes.get("new_actor_name"):
            changes["new_actor_name"] = suggestion.actor_text
            changes.setdefault("new_actor_kind", suggestion.proposed_kind or Actor.Kind.PERSON)
    values = {
        "quote": suggestion.quote,
        "start": suggestion.start,
        "end": suggestion.end,
        "stance": suggestion.stance,
        "cue": suggestion.cue,
    } | changes
    attribution = attribute_passage(
        article=suggestion.article, user=user, claim=claim, claim_text=claim_text, actor=actor, **values
    )
    suggestion.state = Suggestion.State.ACCEPTED
    return attribution


def reject_suggestion(*, suggestion, user):
    """Mark `suggestion` rejected: reading the article again never proposes it again.

    Raises DeskConflict when a colleague accepted it meanwhile; rejecting twice is harmless.
    """
    from .models import Suggestion

    rejected = Suggestion.objects.filter(pk=suggestion.pk, state=Suggestion.State.PENDING).update(
        state=Suggestion.State.REJECTED
    )
    current = Suggestion.objects.filter(pk=suggestion.pk).values_list("state", flat=True).first()
    if not rejected and current == Suggestion.State.ACCEPTED:
        raise DeskConflict(_("A colleague already accepted this suggestion: reload the page."))
    suggestion.state = Suggestion.State.REJECTED
    return suggestion


def outlet_named(name):
    """The media actor named `name` (by name or alias), created when there is none."""
    from django.utils.text import slugify

    name = " ".join((name or "").split())[:200]
    known = Actor.objects.resolve(name)
    if known is not None:
        if known.kind != Actor.Kind.MEDIA:
            raise ValidationError(
                {
                    "new_outlet": _("“%(name)s” is already an actor that is not a media outlet.")
                    % {"name": name}
                }
            )
        return known
    base = slugify(name)[:180].strip("-") or "media"
    slug, number = base, 1
    while Actor.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Actor.objects.create(name=name, slug=slug, kind=Actor.Kind.MEDIA)
