"""Benchmarks and the synthetic corpus: the machinery that measures Selon, outside the product.

A Django app installed only by bench.settings (`make bench`); `claims` never imports it.
Commands: `bench` (pages beside the Django defaults they replace), `bench_fixtures` (fixture
import and export beside loaddata and dumpdata), `generate_corpus` (a synthetic corpus).
"""
