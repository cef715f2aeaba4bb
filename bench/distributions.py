"""Latency over what editors and readers actually filter on: values drawn at random across sizes.

A few chosen values say little: an actor quoted ten times and one quoted 250,000 times take
different plans. For each filter, the candidate values (actors, outlets, words) are ranked by
how much they match, cut into ten deciles, and as many values drawn at random from each. Each
value's page is timed in-process (one warm-up, then the best of `repeat` requests: the machine
is shared) beside the Django default it replaces, for a smaller sample of the same values.
"""

import random
import re
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

from django.db.models import Count
from django.test import Client, override_settings
from django.urls import reverse

from claims.models import Actor, Attribution, Claim

DECILES = 10
STATUSES = [status.value for status in Claim.Status]
WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ-]{4,}", re.IGNORECASE)


@dataclass
class Sample:
    """One filter: its values (label, our URL, the baseline's URL, size) and their timings."""

    name: str
    values: list = field(default_factory=list)
    times: list = field(default_factory=list)
    baseline: list = field(default_factory=list)

    def summary(self):
        return {
            "name": self.name,
            "values": len(self.times),
            **percentiles(self.times),
            "slowest": sorted(self.times, key=lambda row: -row["ms"])[:5],
            "baseline": percentiles(self.baseline),
            "baseline_values": len(self.baseline),
        }


def percentiles(rows):
    if not rows:
        return {"p50": None, "p95": None, "max": None}
    ordered = sorted(row["ms"] for row in rows)
    return {
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max": ordered[-1],
    }


def by_deciles(population, count, rng):
    """`count` items of `population` ([(size, item)]), as many from each tenth of it by size."""
    ordered = sorted(population, key=lambda pair: pair[0])
    if len(ordered) <= count:
        return ordered
    picked = []
    for decile in range(DECILES):
        part = ordered[len(ordered) * decile // DECILES : len(ordered) * (decile + 1) // DECILES]
        picked += rng.sample(part, min(len(part), count // DECILES))
    return picked


class Population:
    """Who is quoted how much: attributions per actor and stance, summed down each lineage."""

    def __init__(self):
        rows = (
            Attribution.objects.filter(actor__isnull=False)
            .order_by()
            .values_list("actor_id", "stance")
            .annotate(n=Count("pk"))
        )
        own = defaultdict(Counter)
        for actor_id, stance, n in rows:
            own[actor_id][stance] += n
        self.actors = {
            pk: (slug, parent, kind)
            for pk, slug, parent, kind in Actor.objects.values_list("pk", "slug", "parent_id", "kind")
        }
        children = defaultdict(list)
        for pk, (_slug, parent, _kind) in self.actors.items():
            if parent is not None:
                children[parent].append(pk)
        self.children = children
        self.lineage = {}

        def total(pk, seen=()):
            if pk not in self.lineage:
                counts = Counter(own.get(pk, {}))
                for child in children.get(pk, []):
                    if child not in seen:
                        counts += total(child, (*seen, pk))
                self.lineage[pk] = counts
            return self.lineage[pk]

        for pk in self.actors:
            total(pk)
        outlets = (
            Attribution.objects.order_by()
            .values_list("article__outlet__slug")
            .annotate(n=Count("pk"))
            .filter(article__outlet__isnull=False)
        )
        self.outlets = [(n, slug) for slug, n in outlets]

    def actors_quoted(self, stance=None, *, with_children=False):
        """[(attributions, actor)] of actors quoted at all (with `stance`), themselves or below."""
        found = []
        for pk, counts in self.lineage.items():
            size = counts[stance] if stance else sum(counts.values())
            if size and (not with_children or self.children.get(pk)):
                found.append((size, pk))
        return found


def search_words(rng, sample=2000):
    """[(claims among `sample`, word)]: the words of claim texts, by how often they occur."""
    ids = list(Claim.objects.order_by("?").values_list("text", flat=True)[:sample])
    counts = Counter(word.lower() for text in ids for word in set(WORD.findall(text)))
    return [(n, word) for word, n in counts.items()]


def plan_samples(count, seed):
    """Every filter's values: {name: Sample}, drawn with `seed`."""
    rng = random.Random(seed)
    population = Population()
    slug = {pk: values[0] for pk, values in population.actors.items()}

    def actor_values(name, stance=None, *, with_children=False, parameter="actor", status=False):
        sample = Sample(name)
        for size, pk in by_deciles(population.actors_quoted(stance, with_children=with_children), count, rng):
            query = f"{parameter}={slug[pk]}"
            baseline = f"{parameter}={slug[pk]}"
            if status:
                chosen = rng.choice(STATUSES)
                query += f"&status={chosen}"
                baseline += f"&status={chosen}"
            sample.values.append((slug[pk], f"/claims/?{query}", f"/bench/claims/?{baseline}", size))
        return sample

    samples = {
        "actor": actor_values("actor"),
        "actor with sub-actors": actor_values("actor with sub-actors", with_children=True),
        "asserted_by": actor_values("asserted_by", "asserts", parameter="asserted_by"),
        "denied_by": actor_values("denied_by", "denies", parameter="denied_by"),
        "status + actor": actor_values("status + actor", status=True),
    }
    outlet = Sample("outlet")
    for size, name in by_deciles(population.outlets, count, rng):
        outlet.values.append((name, f"/claims/?outlet={name}", f"/bench/claims/?outlet={name}", size))
    samples["outlet"] = outlet
    search = Sample("search")
    for size, word in by_deciles(search_words(rng), count, rng):
        search.values.append((word, f"/claims/?q={word}", f"/bench/claims/?q={word}", size))
    samples["search"] = search
    with override_settings(ROOT_URLCONF="bench.urls"):
        stock = reverse("stock_admin:claims_claim_changelist")
        admin = reverse("admin:claims_claim_changelist")
    for name, with_children in (("admin by actor", False), ("admin by actor with sub-actors", True)):
        sample = Sample(name)
        for size, pk in by_deciles(population.actors_quoted(with_children=with_children), count, rng):
            lineage = ",".join(str(actor) for actor in lineage_of(population, pk))
            sample.values.append(
                (slug[pk], f"{admin}?actor={pk}", f"{stock}?attributions__actor__in={lineage}", size)
            )
        samples[name] = sample
    return samples


def lineage_of(population, pk):
    found, level = [pk], [pk]
    while level:
        level = [child for parent in level for child in population.children.get(parent, [])]
        found += level
    return found


def timed(client, path, repeat):
    """Milliseconds: the best of `repeat` GETs after one warm-up, and the status."""
    response = client.get(path)
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        best = elapsed if best is None else min(best, elapsed)
    return best, response.status_code


def measure(samples, *, user, repeat=2, baseline_every=5, say=print):
    """Time every sample's values; the baseline for one value in `baseline_every`. Returns summaries."""
    client = Client(raise_request_exception=False)
    client.force_login(user)
    results = []
    with override_settings(
        ROOT_URLCONF="bench.urls", DEBUG=False, ALLOWED_HOSTS=["testserver"], SELON_READER_CACHE_SECONDS=0
    ):
        for sample in samples.values():
            say(f"  {sample.name}: {len(sample.values)} values")
            for index, (label, ours, theirs, size) in enumerate(sample.values):
                ms, status = timed(client, ours, repeat)
                sample.times.append({"value": label, "size": size, "ms": ms, "status": status, "path": ours})
                if baseline_every and index % baseline_every == 0:
                    ms, status = timed(client, theirs, 1)
                    sample.baseline.append({"value": label, "size": size, "ms": ms, "status": status})
            results.append(sample.summary())
            done = results[-1]
            if done["values"]:
                say(f"    p50 {done['p50']:.0f} ms, p95 {done['p95']:.0f} ms, max {done['max']:.0f} ms")
    return results


def url_list(samples, per_filter=60):
    """The reader list URLs of the throughput run: a share of every reader filter's values."""
    urls = []
    for sample in samples.values():
        if sample.name.startswith("admin"):
            continue
        urls += [quote(ours, safe="/?=&") for _label, ours, _theirs, _size in sample.values[:per_filter]]
    random.Random(0).shuffle(urls)
    return urls
