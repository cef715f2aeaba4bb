"""Create the local demo's editor and contributor accounts.

For a developer's demo database only: the passwords are printed and well known,
so the command refuses to run when DEBUG is off.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from claims.roles import CONTRIBUTORS, EDITORS

DEMO_ACCOUNTS = [
    ("editeur", "editeur-demo", EDITORS),
    ("contributeur", "contributeur-demo", CONTRIBUTORS),
]


class Command(BaseCommand):
    help = "Create the demo editor and contributor accounts (development only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts have public passwords: refusing with DJANGO_DEBUG off.")
        User = get_user_model()
        for username, password, group_name in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(username=username, defaults={"is_staff": True})
            user.is_staff = True
            user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name=group_name))
            state = "created" if created else "already there, password reset"
            self.stdout.write(f"{group_name}: {username} / {password} ({state})")
