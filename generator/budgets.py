"""Budgets for untrusted documents: how big, how deep and how repetitive a vendor document may be.

Each number is far above what real API documents need and far below what would exhaust time, memory or
the Python stack. Measured (2025, on the corpus beside the repo and on our own inputs):
- size: Simpro's whole reference is 5.7 MB over 322 files; single public specs reach 10-20 MB (Twilio's
  largest here is 0.85 MB); a 9 MB YAML spec loads in about 7 s and ~10x its size in memory.
- nesting: the deepest of 50 real documents nests 19 collections (Twilio and ReadMe's examples; our
  curated specs nest 14). openapi-spec-validator, jsonschema and openapi-python-client recurse about
  12 Python frames per level, so Python's default limit of 1,000 frames gives out near 80 levels, and
  libyaml's composer crashes the process (C stack) somewhere below 100,000 levels of `[[[...`.
- aliases: real specs use a few anchors to reuse a response or a schema (hundreds of nodes); a
  "billion laughs" document of 9 levels of 9 aliases expands 81 written nodes into 387 million.
"""

from __future__ import annotations

# 32 MiB per source file: half again the largest real single specs, small enough to parse in ~30 s.
MAX_SOURCE_BYTES = 32 * 1024 * 1024

# 64 nested collections: more than three times the deepest real document (19). Deeper nesting is not
# written by people (they factor it into components) and would crash the validators downstream.
MAX_NESTING = 64

# Aliases are allowed (specs reuse anchored responses and schemas), but expanding them may add at most a
# million nodes: the size of a ~10 MB spec, so an expanded document never costs more than a big real one.
# Refusing aliases outright would reject valid YAML that tools and people do write.
MAX_ALIAS_EXPANSION = 1_000_000

# Python frames the CLI allows: the nesting budget times ~12 frames a level is ~800; the rest is headroom
# for chains of $refs (about 4 frames a hop in normalization and rendering). Well within an 8 MB C stack.
RECURSION_LIMIT = 5_000
