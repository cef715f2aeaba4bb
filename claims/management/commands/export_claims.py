"""Write the claim database, or the claims matching the list's filters, as Django fixtures.

Files are self-contained (everything the claims refer to is included), byte-stable and
loadable by `import_claims` or plain `loaddata`. See docs/fixtures.md.
"""

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from claims.filters import ClaimFilterSet
from claims.interchange import select, write_fixture, write_fixture_directory, write_fixture_file
from claims.models import Claim

# The claim list's filters that make sense from a command line, as its URL parameters.
FILTERS = [
    "q",
    "stance",
    "actor",
    "asserted_by",
    "denied_by",
    "contested",
    "min_sources",
    "outlet",
    "article",
    "published_after",
    "published_before",
]


class Command(BaseCommand):
    help = "Export claims and everything they need as JSON fixtures with natural keys."

    def add_arguments(self, parser):
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--output", "-o", help="File to write (default: standard output).")
        where.add_argument(
            "--output-dir",
            help="Write actors.json, articles.json, claims.json and reviews.json (if any) in this directory.",
        )
        parser.add_argument(
            "--reviews-file",
            default="reviews.json",
            help="With --output-dir: where reviews go, relative to it (fixtures/ uses demo/reviews.json).",
        )
        parser.add_argument("--status", action="append", help="Claim status; repeat for several.")
        for name in FILTERS:
            parser.add_argument(
                f"--{name.replace('_', '-')}", dest=name, help=f"As the claim list's “{name}”."
            )

    def handle(self, *args, output=None, output_dir=None, reviews_file="reviews.json", **options):
        data = QueryDict(mutable=True)
        for status in options.get("status") or []:
            data.appendlist("status", status)
        for name in FILTERS:
            if options.get(name) not in (None, ""):
                data[name] = options[name]
        claims = None
        if data:
            filterset = ClaimFilterSet(data, queryset=Claim.objects.all())
            if not filterset.is_valid():
                problems = "; ".join(
                    f"--{field.replace('_', '-')}: {' '.join(messages)}"
                    for field, messages in filterset.errors.items()
                )
                raise CommandError(f"Invalid filter: {problems}")
            claims = filterset.qs
        selection = select(claims)
        if output_dir:
            written = write_fixture_directory(output_dir, selection, reviews_name=reviews_file)
            for path, counts in written.items():
                self.stderr.write(f"{path}: {_summary(counts)}")
        elif output and output != "-":
            self.stderr.write(f"{output}: {_summary(write_fixture_file(output, selection))}")
        else:
            counts = write_fixture(_Raw(self.stdout), selection)
            self.stderr.write(f"standard output: {_summary(counts)}")


def _summary(counts):
    return ", ".join(f"{count} {label}" for label, count in counts.items() if count) or "nothing to export"


class _Raw:
    """The command's stdout without the newline BaseCommand adds to every write."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")
