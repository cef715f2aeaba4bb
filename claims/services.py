"""Writes that touch several records at once, each in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Claim, Review


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
    Claim.objects.filter(pk=locked.pk).update(status=status, updated_at=now, version=locked.version + 1)
    claim.status, claim.updated_at, claim.version = status, now, locked.version + 1
    return review
