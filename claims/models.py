"""Selon's records: who (Actor) said what (Claim) where (Article, Attribution), and the verdict (Review).

See DOMAIN vocabulary in the README. Natural keys let every record travel in
fixtures without numeric ids; the key of each model is documented on its
`natural_key()`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Count, F, Max, Prefetch, Q
from django.db.models.functions import Length
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .hierarchy import MAX_ACTOR_DEPTH, actor_keys, lineage_q, source_expression, too_deep
from .history import CLAIM_SUMMARY_COLUMNS, PathHistory
from .text import AmbiguousQuote, QuoteNotFound, locate_typed_quote, name_key

# The only links Selon stores and shows: a `javascript:` or `data:` URL would run in the reader's page.
WEB_URL_SCHEMES = ["http", "https"]
validate_web_url = URLValidator(
    schemes=WEB_URL_SCHEMES, message=_("Enter a web address starting with http:// or https://.")
)


# Choices live at module level so that Meta constraints can name them; each
# model exposes its own as a nested name (Actor.Kind, Claim.Status, Attribution.Stance).
class ActorKind(models.TextChoices):
    PERSON = "person", _("person")
    GOVERNMENT = "government", _("government or state body")
    ORGANISATION = "organisation", _("organisation")
    MEDIA = "media", _("media outlet")
    GROUP = "group", _("collective or unnamed source")


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", _("Unreviewed")
    CORROBORATED = "corroborated", _("Corroborated")
    DISPUTED = "disputed", _("Disputed")


class Stance(models.TextChoices):
    ASSERTS = "asserts", _("asserts")
    DENIES = "denies", _("denies")
    SUSPECTS = "suspects", _("suspects")


# Past this many actors in a lineage, in_lineage() goes back to the joins of lineage_q().
MAX_LINEAGE_IDS = 5_000


def in_lineage(actors, prefix=""):
    """Q matching `actors` and every actor below them, as the list of their primary keys.

    Costs one query per level of the hierarchy below them (at most three), and buys the
    planner its statistics per actor: with the parent joins of lineage_q() it cannot tell a
    government quoted 250,000 times from one quoted ten times (figures in docs/benchmarks.md).
    """
    keys = Actor.objects.lineage_ids(actors)
    if len(keys) > MAX_LINEAGE_IDS:
        return lineage_q(actors, prefix)
    return Q(**{f"{prefix}pk__in": keys})


class ActorQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def matching(self, text):
        """Actors whose slug, name or alias matches text (case-, accent- and article-insensitive).

        One index lookup each, in a union: an OR across the alias join read all 50,000 actors (30 ms).
        """
        key = name_key(text)
        by_slug = Actor.objects.filter(slug=text).order_by().values("pk")
        by_name = Actor.objects.filter(name_key=key).order_by().values("pk")
        by_alias = ActorAlias.objects.filter(key=key).order_by().values("actor_id")
        return self.filter(pk__in=by_slug.union(by_name, by_alias))

    def resolve(self, text):
        """The one actor named `text` (by name or alias), or None when none or several match."""
        key = name_key(text)
        if not key:
            return None
        ids = set(self.filter(Q(name_key=key) | Q(aliases__key=key)).values_list("pk", flat=True))
        if len(ids) != 1:
            return None
        return self.get(pk=ids.pop())

    def answering_to(self, text, *, exclude=()):
        """The actor other than `exclude` whose name or alias is `text` (same name_key), or None.

        Names and aliases share one namespace: resolve() must find one actor for each.
        """
        key = name_key(text)
        if not key:
            return None
        keys = [getattr(actor, "pk", actor) for actor in exclude]
        owners = self.filter(Q(name_key=key) | Q(aliases__key=key)).exclude(pk__in=[k for k in keys if k])
        return owners.order_by("pk").first()

    def lineage_ids(self, actors):
        """Primary keys of `actors` (see actor_keys()) and everything below, one query per level.

        Each level is one lookup on the parent index, where lineage_q() joins the actor table to
        itself over all its rows (figures in docs/benchmarks.md).
        """
        ids = level = actor_keys(actors)
        for _depth in range(MAX_ACTOR_DEPTH - 1):
            level = list(self.filter(parent__in=level).order_by().values_list("pk", flat=True))
            if not level:
                break
            ids += level
        return list(dict.fromkeys(ids))  # once each, when one of `actors` is below another


class Actor(models.Model):
    Kind = ActorKind

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    description = models.TextField(_("description"), blank=True)
    country = models.CharField(
        _("country code"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2, e.g. RU")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The institution a spokesperson speaks for, the government an institution belongs to."),
    )
    # Derived from `name`; lets resolve() match names the way it matches aliases.
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = ActorQuerySet.as_manager()
    history = PathHistory(excluded_fields=["name_key"])

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name", "slug"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ActorKind.values), name="claims_actor_kind_valid"),
            models.CheckConstraint(condition=~Q(parent=F("pk")), name="claims_actor_not_own_parent"),
            models.CheckConstraint(condition=~Q(name=""), name="claims_actor_name_not_empty"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Derived lookup key: kept in step on every save. Bulk writers call name_key() themselves.
        self.name_key = name_key(self.name)
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "name_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claims:actor-detail", args=[self.slug])

    def natural_key(self):
        """Natural key: the slug."""
        return (self.slug,)

    def ancestors(self):
        """Parents from the nearest up to the independent source. Costs one query per level."""
        chain, seen, node = [], {self.pk}, self.parent
        while node is not None:
            if node.pk in seen:
                break
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return chain

    def clean(self):
        other = Actor.objects.answering_to(self.name, exclude=[self.pk])
        if other is not None:
            raise ValidationError(
                {
                    "name": _("“%(name)s” already names %(actor)s (as its name or an alias).")
                    % {"name": self.name, "actor": other}
                }
            )
        if self.parent_id is None:
            return
        if self.pk is not None and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An actor cannot be part of itself.")})
        chain = self.parent.ancestors()
        if self.pk is not None and any(node.pk == self.pk for node in [self.parent, *chain]):
            raise ValidationError(
                {"parent": _("This parent would make the hierarchy loop back on this actor.")}
            )
        below = self._depth_below() if self.pk is not None else 0
        if too_deep(above=len(chain) + 1, below=below):
            raise ValidationError(
                {
                    "parent": _("The hierarchy would be more than %(depth)d levels deep.")
                    % {"depth": MAX_ACTOR_DEPTH}
                }
            )

    def _depth_below(self):
        depth, level = 0, Actor.objects.filter(parent=self)
        while level.exists() and depth < MAX_ACTOR_DEPTH:
            depth += 1
            level = Actor.objects.filter(parent__in=level)
        return depth


class ActorAliasQuerySet(models.QuerySet):
    def get_by_natural_key(self, alias):
        return self.get(key=name_key(alias))


class ActorAlias(models.Model):
    actor = models.ForeignKey(
        Actor, verbose_name=_("actor"), on_delete=models.CASCADE, related_name="aliases"
    )
    alias = models.CharField(_("alias"), max_length=200)
    # Derived from `alias`: the database refuses two aliases that differ only in case or accents.
    key = models.CharField(max_length=200, editable=False)

    objects = ActorAliasQuerySet.as_manager()
    history = PathHistory(excluded_fields=["key"])

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["actor", "alias"]
        constraints = [
            models.UniqueConstraint(fields=["key"], name="claims_actoralias_key_unique"),
            models.CheckConstraint(condition=~Q(key=""), name="claims_actoralias_key_not_empty"),
        ]

    def __str__(self):
        return self.alias

    def save(self, *args, **kwargs):
        self.key = name_key(self.alias)
        super().save(*args, **kwargs)

    def natural_key(self):
        """Natural key: the alias as written (unique once case and accents are ignored)."""
        return (self.alias,)

    natural_key.dependencies = ["claims.actor"]

    def clean(self):
        key = name_key(self.alias)
        if not key:
            raise ValidationError({"alias": _("An alias cannot be empty.")})
        clash = ActorAlias.objects.filter(key=key).exclude(pk=self.pk).select_related("actor").first()
        if clash is not None:
            raise ValidationError(
                {
                    "alias": _("The alias “%(alias)s” already names %(actor)s.")
                    % {"alias": self.alias, "actor": clash.actor}
                }
            )
        other = Actor.objects.answering_to(self.alias, exclude=[self.actor_id])
        if other is not None:
            raise ValidationError(
                {
                    "alias": _("“%(alias)s” is already the name of %(actor)s.")
                    % {"alias": self.alias, "actor": other}
                }
            )


class ArticleQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Article(models.Model):
    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    outlet = models.ForeignKey(
        Actor,
        verbose_name=_("outlet"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="published_articles",
        limit_choices_to={"kind": Actor.Kind.MEDIA},
    )
    author = models.CharField(_("author"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True, validators=[validate_web_url])
    published_on = models.DateField(_("published on"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, default="fr")
    body = models.TextField(_("body"), help_text=_("The article text exactly as published."))
    source_file = models.CharField(
        _("source file"), max_length=255, blank=True, help_text=_("The seed file it came from.")
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = ArticleQuerySet.as_manager()
    history = PathHistory()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_on", "slug"]
        indexes = [
            # claim list filters by outlet and publication date
            models.Index(fields=["outlet", "published_on"], name="claims_article_outlet_date"),
            models.Index(fields=["published_on"], name="claims_article_published_on"),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="claims_article_title_not_empty"),
            # `loaddata` skips validators: the database itself keeps script URLs out of the "Original" link.
            models.CheckConstraint(
                condition=Q(url="") | Q(url__istartswith="http://") | Q(url__istartswith="https://"),
                name="claims_article_url_web_scheme",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("claims:article-detail", args=[self.slug])

    def natural_key(self):
        """Natural key: the slug."""
        return (self.slug,)

    natural_key.dependencies = ["claims.actor"]

    def original_url(self):
        """The published article's address to link to: only ever an http or https one."""
        scheme = self.url.split(":", 1)[0].lower() if ":" in self.url else ""
        return self.url if scheme in WEB_URL_SCHEMES else ""

    def clean(self):
        if self.outlet_id is not None and self.outlet.kind != Actor.Kind.MEDIA:
            raise ValidationError({"outlet": _("The outlet must be an actor of kind media outlet.")})


class ClaimQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def _by(self, actor, stance):
        ids = Attribution.objects.filter(in_lineage(actor, "actor__"), stance=stance).values("claim_id")
        return self.filter(pk__in=ids)

    def asserted_by(self, actor):
        """Claims that `actor`, or anyone below it in the hierarchy, asserts."""
        return self._by(actor, Attribution.Stance.ASSERTS)

    def denied_by(self, actor):
        return self._by(actor, Attribution.Stance.DENIES)

    def suspected_by(self, actor):
        return self._by(actor, Attribution.Stance.SUSPECTS)

    def mentioning(self, actor):
        """Claims attributed to `actor` or anyone below it, whatever the stance."""
        return self.filter(pk__in=Attribution.objects.filter(in_lineage(actor, "actor__")).values("claim_id"))

    def touched_by(self, obj):
        """Claims whose stored summaries a change to `obj` (claim, attribution, article, actor) can alter."""
        if isinstance(obj, Claim):
            return self.filter(pk=obj.pk)
        if isinstance(obj, Attribution):
            return self.filter(pk=obj.claim_id)
        if isinstance(obj, Article):
            return self.filter(pk__in=Attribution.objects.filter(article=obj).values("claim_id"))
        if isinstance(obj, Actor):
            return self.mentioning(obj)
        return self.none()

    def contested(self):
        """Claims asserted by at least one independent source and denied by at least one."""
        return self.filter(asserting_sources__gte=1, denying_sources__gte=1)

    def for_readers(self):
        """With what the reader pages show of each claim: see reader_prefetches()."""
        return self.prefetch_related(*reader_prefetches())


class Claim(models.Model):
    Status = ClaimStatus

    text = models.TextField(
        _("claim"),
        help_text=_("A self-contained proposition in French, phrased positively."),
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    # Changed only by services.review_claim(), which records a Review each time.
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.UNREVIEWED, editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now, editable=False)
    # Bumped by every write path (admin, import, merge, review, attribution changes): a stale edit
    # or verdict is refused, not applied.
    version = models.PositiveIntegerField(default=1, editable=False)

    # What the lists show and sort on, stored so that a page of a million claims needs no
    # aggregate over the attributions. Written only by services.refresh_claim_summaries().
    attribution_count = models.PositiveIntegerField(_("attributions"), default=0, editable=False)
    article_count = models.PositiveIntegerField(_("articles"), default=0, editable=False)
    source_count = models.PositiveIntegerField(_("independent sources"), default=0, editable=False)
    asserting_sources = models.PositiveIntegerField(_("sources asserting"), default=0, editable=False)
    denying_sources = models.PositiveIntegerField(_("sources denying"), default=0, editable=False)
    last_seen = models.DateField(_("last quoted"), null=True, editable=False)
    last_reviewed = models.DateTimeField(_("last review"), null=True, editable=False)

    objects = ClaimQuerySet.as_manager()
    history = PathHistory(excluded_fields=CLAIM_SUMMARY_COLUMNS)

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-updated_at", "slug"]
        permissions = [
            ("review_claim", _("Can mark claims corroborated or disputed")),
            ("import_fixtures", _("Can import fixtures")),
        ]
        indexes = [
            # claim list default ordering, filtered by status
            models.Index(fields=["status", "-updated_at"], name="claims_claim_status_updated"),
            models.Index(fields=["-updated_at", "slug"], name="claims_claim_updated"),
            # The reader list orderings (recent, sources, reviewed) have their indexes in migration
            # 0004: PostgreSQL needs "DESC NULLS LAST" in them, which SQLite refuses in an index.
            # admin filters "contested" and "single source"
            models.Index(fields=["asserting_sources", "denying_sources"], name="claims_claim_stances"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values),
                name="claims_claim_status_valid",
            ),
            models.CheckConstraint(condition=~Q(text=""), name="claims_claim_text_not_empty"),
        ]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("claims:claim-detail", args=[self.slug])

    def natural_key(self):
        """Natural key: the slug."""
        return (self.slug,)

    @property
    def latest_review(self):
        """The review that set the current status, or None. Costs a query."""
        return self.reviews.order_by("-number").first()

    def independent_sources(self):
        """Independent sources (top-level actors) per stance: {"asserts": [Actor, …], …}.

        Actors are grouped by the top of their hierarchy, so a White House
        spokesperson, the Pentagon and "Washington" count once. The outlet's own
        unsourced statements have no actor and are not a source. Costs two queries.
        """
        rows = (
            self.attributions.filter(actor__isnull=False)
            .annotate(source_id=source_expression("actor__"))
            .values_list("stance", "source_id")
            .distinct()
        )
        by_stance = {stance.value: set() for stance in Attribution.Stance}
        for stance, source_id in rows:
            by_stance[stance].add(source_id)
        wanted = set().union(*by_stance.values())
        actors = Actor.objects.in_bulk(wanted) if wanted else {}
        return {
            stance: sorted((actors[pk] for pk in ids), key=lambda actor: actor.name)
            for stance, ids in by_stance.items()
        }


# What the reader pages never show of a quote's article and actor: left in the database.
READER_DEFERRED = [
    "article__body",
    "article__source_file",
    "actor__description",
    "article__outlet__description",
]


class AttributionQuerySet(models.QuerySet):
    # The newest articles newest_by_stance() looks among first; see there.
    NEWEST_WINDOW = 1000

    def get_by_natural_key(self, claim_slug, article_slug, actor_slug, start):
        actor = Q(actor__isnull=True) if actor_slug is None else Q(actor__slug=actor_slug)
        return self.get(actor, claim__slug=claim_slug, article__slug=article_slug, start=start)

    def newest_by_stance(self, stances, size, *, sparse=()):
        """For each of `stances`, its `size` attributions of the newest articles (undated last).

        With claim, actor and article. Sorting every quote of a government (hundreds of
        thousands) by its article's date takes seconds. Most pages are filled from the newest
        NEWEST_WINDOW articles, which the article-date index reaches directly: looked for there
        first, everywhere only if too few. Exact either way: the window holds every article dated
        on or after its oldest date, found once for all the stances. The `sparse` stances, known
        to be quoted too rarely to fill a page there (a count below the cap), skip the window.
        """
        if not stances:
            return {}
        cutoff = None
        if set(stances) - set(sparse):
            dates = Article.objects.filter(published_on__isnull=False).order_by("-published_on")
            cutoff = dates.values_list("published_on", flat=True)[self.NEWEST_WINDOW - 1 : self.NEWEST_WINDOW]
            cutoff = next(iter(cutoff), None)
        return {
            stance: self.filter(stance=stance)._newest(size, None if stance in sparse else cutoff)
            for stance in stances
        }

    def _newest(self, size, cutoff):
        ordered = (
            self.select_related("claim", "actor", "article")
            .defer(*READER_DEFERRED[:3])
            .order_by(F("article__published_on").desc(nulls_last=True), "claim__slug", "pk")
        )
        if cutoff is not None:
            rows = list(ordered.filter(article__published_on__gte=cutoff)[:size])
            if len(rows) == size:
                return rows
        return list(ordered[:size])

    def for_readers(self):
        """As the reader-facing pages and exports show them, in reading order.

        Without the article's text, which none of them shows: each quote would bring its
        article's whole body along (five a claim, fifty claims a page).
        """
        return (
            self.select_related("actor", "article__outlet")
            .defer(*READER_DEFERRED)
            .order_by("article__published_on", "article__slug", "start", "pk")
        )

    def summaries(self):
        """Per claim: the figures stored on Claim by services.refresh_claim_summaries().

        One row per claim_id with attribution_count, article_count, source_count,
        asserting_sources, denying_sources and last_seen.
        """
        source = source_expression("actor__")
        return (
            self.order_by()
            .values("claim_id")
            .annotate(
                attribution_count=Count("pk"),
                article_count=Count("article_id", distinct=True),
                source_count=Count(source, distinct=True),
                asserting_sources=Count(source, filter=Q(stance=Stance.ASSERTS), distinct=True),
                denying_sources=Count(source, filter=Q(stance=Stance.DENIES), distinct=True),
                last_seen=Max("article__published_on"),
            )
        )


class Attribution(models.Model):
    Stance = Stance

    # claim, article and actor lead the composite indexes in Meta, which serve their joins too:
    # a second, single-column index on each only slowed every import of two million rows.
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="attributions",
        db_index=False,
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="attributions",
        db_index=False,
    )
    actor = models.ForeignKey(
        Actor,
        verbose_name=_("actor"),
        on_delete=models.PROTECT,
        db_index=False,
        null=True,
        blank=True,
        related_name="attributions",
        help_text=_("Leave empty for the outlet's own, unsourced statement."),
    )
    stance = models.CharField(_("stance"), max_length=10, choices=Stance)
    cue = models.CharField(
        _("cue"),
        max_length=200,
        blank=True,
        help_text=_("The words carrying the attribution: “selon”, “nie”…"),
    )
    quote = models.TextField(_("quote"), help_text=_("Copied verbatim from the article body."))
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    via = models.ForeignKey(
        "self",
        verbose_name=_("reported via"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="relays",
        help_text=_("For chains such as “selon Yonhap, citant le renseignement sud-coréen”."),
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = AttributionQuerySet.as_manager()
    history = PathHistory()

    class Meta:
        verbose_name = _("attribution")
        verbose_name_plural = _("attributions")
        ordering = ["article", "start", "pk"]
        indexes = [
            # actor pages and the actor filters of claim lists, by stance; with the claim, the
            # claims an actor is quoted in come from the index alone (once vacuumed).
            models.Index(fields=["actor", "stance", "claim"], name="claims_attribution_actor_claim"),
            # article page: quotes in reading order
            models.Index(fields=["article", "start"], name="claims_attribution_article"),
            models.Index(fields=["claim", "stance"], name="claims_attribution_claim"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values),
                name="claims_attribution_stance_valid",
            ),
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="claims_attribution_start_before_end"
            ),
            # The stored offsets always span exactly the quote.
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("quote")),
                name="claims_attribution_offsets_span_quote",
            ),
            models.UniqueConstraint(
                fields=["claim", "article", "actor", "start"],
                condition=Q(actor__isnull=False),
                name="claims_attribution_unique_appearance",
            ),
            models.UniqueConstraint(
                fields=["claim", "article", "start"],
                condition=Q(actor__isnull=True),
                name="claims_attribution_unique_unsourced_appearance",
            ),
        ]

    def __str__(self):
        # The admin's history records inline rows by this text with translations turned off: it is
        # kept in the site's language ("Pentagone affirme : …"), never in English.
        with translation.override(translation.get_language() or settings.LANGUAGE_CODE):
            who = self.actor.name if self.actor_id else _("(the outlet)")
            return f"{who} {self.get_stance_display()} : {self.claim}"

    def natural_key(self):
        """Natural key: (claim slug, article slug, actor slug or None, start offset)."""
        return (
            self.claim.slug,
            self.article.slug,
            self.actor.slug if self.actor_id else None,
            self.start,
        )

    natural_key.dependencies = ["claims.claim", "claims.article", "claims.actor"]

    def locate(self, occurrence=None):
        """Set start and end from the quote's place in the article body, and the quote to its text.

        A quote typed with ' for ’, " for « » or spaces missing is found all the same and
        replaced by the body's verbatim text (text.locate_typed_quote()). Raises
        ValidationError when the quote is absent (naming the closest passage), or present
        several times without `occurrence` saying which.
        """
        try:
            self.start, self.end = locate_typed_quote(self.article.body, self.quote, occurrence)
            self.quote = self.article.body[self.start : self.end]
        except AmbiguousQuote as error:
            raise ValidationError(
                {
                    "quote": _("The quote occurs %(count)d times in the article's text; say which one.")
                    % {"count": len(error.occurrences)}
                },
                code="ambiguous_quote",
            ) from error
        except QuoteNotFound as error:
            raise ValidationError(
                {"quote": quote_not_found_message(error)}, code="quote_not_found"
            ) from error

    def clean(self):
        errors = {}
        if self.start is not None and self.end is not None and self.start >= self.end:
            errors["end"] = _("The quote must end after it starts.")
        elif self.article_id is not None and self.quote:
            if self.start is None or self.article.body[self.start : self.end] != self.quote:
                errors["quote"] = _("The quote is not in the article's text at these offsets.")
        if self.via_id is not None:
            if self.via_id == self.pk:
                errors["via"] = _("An attribution cannot be reported via itself.")
            elif self.via.article_id != self.article_id:
                errors["via"] = _("The relayed attribution must come from the same article.")
        if errors:
            raise ValidationError(errors)


def quote_not_found_message(error):
    """What the editor reads when a quote is not in the body: the closest passage, when there is one."""
    closest = getattr(error, "closest", "")
    if closest:
        return _("The quote is not in the article's text. Closest passage: “%(closest)s”") % {
            "closest": closest
        }
    return _("The quote is not in the article's text.")


def reader_prefetches():
    """What a reader's claim row needs: attributions (`attribution_list`) and reviews (`review_history`)."""
    return [
        Prefetch("attributions", queryset=Attribution.objects.for_readers(), to_attr="attribution_list"),
        Prefetch("reviews", queryset=Review.objects.order_by("-number"), to_attr="review_history"),
    ]


class ReviewQuerySet(models.QuerySet):
    def get_by_natural_key(self, claim_slug, number):
        return self.get(claim__slug=claim_slug, number=number)


class Review(models.Model):
    """An editor's verdict on a claim. Append-only: the claim's status is its latest review's."""

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.PROTECT, related_name="reviews"
    )
    # 1, 2, 3… per claim, in the order the reviews were made.
    number = models.PositiveIntegerField(_("number"))
    status = models.CharField(_("status"), max_length=20, choices=ClaimStatus)
    rationale = models.TextField(_("rationale"))
    evidence = models.TextField(_("evidence"), blank=True, help_text=_("Links or references, one per line."))
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        related_name="claim_reviews",
    )
    created_at = models.DateTimeField(_("reviewed at"), default=timezone.now)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["claim", "-number"]
        indexes = [
            # "last review" column and ordering
            models.Index(fields=["claim", "-created_at"], name="claims_review_claim_created"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["claim", "number"], name="claims_review_number_unique"),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values),
                name="claims_review_status_valid",
            ),
            models.CheckConstraint(condition=~Q(rationale=""), name="claims_review_rationale_not_empty"),
            models.CheckConstraint(condition=Q(number__gte=1), name="claims_review_number_positive"),
        ]

    def __str__(self):
        return f"{self.claim} → {self.get_status_display()} (#{self.number})"

    def natural_key(self):
        """Natural key: (claim slug, review number)."""
        return (self.claim.slug, self.number)

    natural_key.dependencies = ["claims.claim", settings.AUTH_USER_MODEL.lower()]


class StagedFixture(models.Model):
    """One file of a fixture upload checked in the admin and waiting for the editor's confirmation.

    Kept in the database, not on one server's disk: the confirmation may reach another app server
    than the upload did.
    """

    token = models.CharField(max_length=64, db_index=True)
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=255)
    data = models.BinaryField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["token", "position"], name="claims_stagedfixture_token_position"),
        ]

    def __str__(self):
        return self.name


class SuggestionState(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class Suggestion(models.Model):
    """An attribution Selon read in an article and proposes to the editors (claims/extraction/).

    One row per article, span, source as written and stance, so that reading the article
    again finds the same rows: an accepted or rejected suggestion keeps its state, and a
    rejected one is never proposed again. Written only by services.refresh_suggestions().
    """

    State = SuggestionState

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="suggestions"
    )
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    quote = models.TextField(_("quote"))
    cue = models.CharField(_("cue"), max_length=200, blank=True)
    stance = models.CharField(_("stance"), max_length=10, choices=Stance)
    actor_text = models.CharField(
        _("source as written"), max_length=200, blank=True, help_text=_("Empty for the outlet's own voice.")
    )
    actor = models.ForeignKey(
        Actor,
        verbose_name=_("actor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestions",
    )
    proposed_kind = models.CharField(
        _("kind of the proposed new actor"), max_length=20, choices=ActorKind, blank=True
    )
    via_text = models.CharField(_("reported via"), max_length=200, blank=True)
    confidence = models.FloatField(_("confidence"), default=0.5)
    state = models.CharField(
        _("state"), max_length=10, choices=SuggestionState, default=SuggestionState.PENDING
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["article", "start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end", "actor_text", "stance"], name="claims_suggestion_unique"
            ),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="claims_suggestion_stance_valid"
            ),
            models.CheckConstraint(
                condition=Q(state__in=SuggestionState.values), name="claims_suggestion_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="claims_suggestion_start_before_end"
            ),
        ]

    def __str__(self):
        who = self.actor_text or _("(the outlet)")
        return f"{who} {self.get_stance_display()} : {self.quote[:80]}"
