"""Send anonymous readers' reads to the read replicas, everything else to the primary.

`ReplicaForReadersMiddleware` marks a request as a reader's (anonymous, GET or HEAD, outside the
admin) for the time it runs; reads made while it runs go to a replica. Writes, the admin and
logged-in users, who must see their own changes at once, stay on the primary.
"""

import contextvars
import random

from django.conf import settings

reading_for_a_reader = contextvars.ContextVar("reading_for_a_reader", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if reading_for_a_reader.get() and settings.SELON_READ_REPLICAS:
            return random.choice(settings.SELON_READ_REPLICAS)
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # Replicas hold the same rows as the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # A replica follows the primary's schema; it is never migrated itself.
        return db not in settings.SELON_READ_REPLICAS
