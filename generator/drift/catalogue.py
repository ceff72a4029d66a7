"""The catalogue of every change kind the engine can report, with its level and reviewer sentence.

Schema-level kinds exist once per location (request parameter, request body, request property, response
body, response property, response header), like oasdiff's ids; their level follows from what the change
does to the set of valid values (`Effect`) and who writes the data (`Direction`). The remaining kinds are
listed one by one. `diff_specs` only emits ids from this catalogue (enforced when a change is recorded).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from generator.drift.model import ChangeKind, ChangeLevel, Direction, Effect, Location, level_for

B = ChangeLevel.BREAKING
W = ChangeLevel.WARNING
N = ChangeLevel.NON_BREAKING
D = ChangeLevel.DOCUMENTATION

# The reason appended to a schema change's sentence: what it means for callers.
_REASONS: dict[tuple[Effect, Direction], str] = {
    (Effect.WIDENS, Direction.REQUEST): "callers may send more values than before",
    (Effect.WIDENS, Direction.RESPONSE): "callers may receive values they never had to handle",
    (Effect.NARROWS, Direction.REQUEST): "requests that were valid may now be rejected",
    (Effect.NARROWS, Direction.RESPONSE): "callers receive a subset of what they already handle",
    (Effect.BREAKS, Direction.REQUEST): "values that were valid no longer are",
    (Effect.BREAKS, Direction.RESPONSE): "values that were valid no longer are",
    (Effect.UNKNOWN, Direction.REQUEST): "review whether values that were valid still are",
    (Effect.UNKNOWN, Direction.RESPONSE): "review whether values that were valid still are",
}


@dataclass(frozen=True)
class _Aspect:
    """A schema change that can happen at any location; `levels` overrides the effect-derived level."""

    suffix: str
    family: str
    effect: Effect
    text: str
    levels: Mapping[Direction, tuple[ChangeLevel, str]] | None = None


_BOUNDS = (
    ("max", "Maximum"),
    ("min", "Minimum"),
    ("max-length", "Maximum length"),
    ("min-length", "Minimum length"),
    ("max-items", "Maximum number of items"),
    ("min-items", "Minimum number of items"),
    ("max-contains", "Maximum number of matching items (maxContains)"),
    ("min-contains", "Minimum number of matching items (minContains)"),
    ("max-properties", "Maximum number of properties"),
    ("min-properties", "Minimum number of properties"),
)


def _bound_aspects() -> list[_Aspect]:
    aspects: list[_Aspect] = []
    for bound, label in _BOUNDS:
        upper = bound.startswith("max")
        aspects += [
            _Aspect(
                f"{bound}-increased",
                "constraints",
                Effect.WIDENS if upper else Effect.NARROWS,
                f"{label} of {{subject}} increased from {{old}} to {{new}}",
            ),
            _Aspect(
                f"{bound}-decreased",
                "constraints",
                Effect.NARROWS if upper else Effect.WIDENS,
                f"{label} of {{subject}} decreased from {{old}} to {{new}}",
            ),
            _Aspect(f"{bound}-set", "constraints", Effect.NARROWS, f"{label} {{new}} set on {{subject}}"),
            _Aspect(f"{bound}-unset", "constraints", Effect.WIDENS, f"{label} {{old}} removed from {{subject}}"),
        ]
    return aspects


def _discriminator_aspects() -> list[_Aspect]:
    # The oneOf decides which payloads are valid; the discriminator only says where to look first.
    levels = {
        Direction.REQUEST: (N, "valid payloads are unchanged; generated clients may pick variants differently"),
        Direction.RESPONSE: (N, "valid payloads are unchanged; generated clients may pick variants differently"),
    }
    return [
        _Aspect("discriminator-added", "composition", Effect.NONE, "Discriminator {new} added to {subject}", levels),
        _Aspect(
            "discriminator-removed", "composition", Effect.NONE, "Discriminator {old} removed from {subject}", levels
        ),
        _Aspect(
            "discriminator-property-name-changed",
            "composition",
            Effect.NONE,
            "Discriminator property of {subject} changed from {old} to {new}",
            levels,
        ),
        _Aspect(
            "discriminator-mapping-added",
            "composition",
            Effect.NONE,
            "Discriminator value {value} mapped in {subject}",
            levels,
        ),
        _Aspect(
            "discriminator-mapping-deleted",
            "composition",
            Effect.NONE,
            "Discriminator value {value} no longer mapped in {subject}",
            levels,
        ),
        _Aspect(
            "discriminator-mapping-changed",
            "composition",
            Effect.NONE,
            "A discriminator value of {subject} now maps to {new} instead of {old}",
            levels,
        ),
    ]


def _wrap_aspects() -> list[_Aspect]:
    """A schema turned into a oneOf/anyOf (or back), judged by payload sets (see schemas._compare_wrap)."""
    fine = {
        Direction.REQUEST: (N, "every payload valid before is still valid"),
        Direction.RESPONSE: (N, "every response now valid was valid before"),
    }
    broken = {
        Direction.REQUEST: (B, "some payloads valid before are now rejected (by no branch, or by several of a oneOf)"),
        Direction.RESPONSE: (B, "callers may receive responses their old parsing rejects"),
    }
    return [
        _Aspect("variants-wrapped", "composition", Effect.NONE, "{subject} became a {value}", fine),
        _Aspect("variants-wrapped-incompatible", "composition", Effect.BREAKS, "{subject} became a {value}", broken),
        _Aspect("variants-unwrapped", "composition", Effect.NONE, "{subject} is no longer a {value}", fine),
        _Aspect(
            "variants-unwrapped-incompatible", "composition", Effect.BREAKS, "{subject} is no longer a {value}", broken
        ),
    ]


def _keyword_aspects() -> list[_Aspect]:
    """JSON Schema 2020-12 applicators (OpenAPI 3.1): a constraint added narrows, one removed widens."""
    labels = (
        ("not", "a `not` constraint"),
        ("then", "a `then` constraint"),
        ("else", "an `else` constraint"),
        ("contains", "a `contains` constraint"),
        ("property-names", "a `propertyNames` constraint"),
        ("additional-properties", "an `additionalProperties` constraint"),
        ("unevaluated-properties", "an `unevaluatedProperties` constraint"),
        ("unevaluated-items", "an `unevaluatedItems` constraint"),
        ("prefix-items", "the `prefixItems` position {value}"),
        ("pattern-property", "the `patternProperties` pattern {value}"),
        ("dependent-schema", "a `dependentSchemas` entry for {value}"),
        ("dependent-required", "the `dependentRequired` rule {value}"),
    )
    aspects: list[_Aspect] = []
    for name, label in labels:
        aspects += [
            _Aspect(
                f"{name}-added", "keywords", Effect.NARROWS, f"{label[:1].upper()}{label[1:]} added to {{subject}}"
            ),
            _Aspect(
                f"{name}-removed", "keywords", Effect.WIDENS, f"{label[:1].upper()}{label[1:]} removed from {{subject}}"
            ),
        ]
    return [
        *aspects,
        _Aspect("if-added", "keywords", Effect.UNKNOWN, "An `if` condition added to {subject}"),
        _Aspect("if-removed", "keywords", Effect.UNKNOWN, "The `if` condition of {subject} removed"),
        _Aspect("if-changed", "keywords", Effect.UNKNOWN, "The `if` condition of {subject} changed"),
        _Aspect(
            "not-excludes-more", "keywords", Effect.NARROWS, "The `not` constraint of {subject} excludes more values"
        ),
        _Aspect(
            "not-excludes-less", "keywords", Effect.WIDENS, "The `not` constraint of {subject} excludes fewer values"
        ),
        _Aspect("not-changed", "keywords", Effect.UNKNOWN, "The `not` constraint of {subject} changed"),
    ]


SCHEMA_ASPECTS: tuple[_Aspect, ...] = (
    _Aspect("type-changed", "types-and-formats", Effect.BREAKS, "Type of {subject} changed from {old} to {new}"),
    _Aspect("type-generalized", "types-and-formats", Effect.WIDENS, "Type of {subject} widened from {old} to {new}"),
    _Aspect("type-specialized", "types-and-formats", Effect.NARROWS, "Type of {subject} narrowed from {old} to {new}"),
    _Aspect("format-changed", "types-and-formats", Effect.BREAKS, "Format of {subject} changed from {old} to {new}"),
    _Aspect(
        "format-generalized", "types-and-formats", Effect.WIDENS, "Format of {subject} widened from {old} to {new}"
    ),
    _Aspect(
        "format-specialized", "types-and-formats", Effect.NARROWS, "Format of {subject} narrowed from {old} to {new}"
    ),
    _Aspect("format-added", "types-and-formats", Effect.NARROWS, "Format {new} added to {subject}"),
    _Aspect("format-removed", "types-and-formats", Effect.WIDENS, "Format {old} removed from {subject}"),
    # A typo fix (`int3é` → `int32`): the old value was not a registered format, so validators and
    # generators ignored it; the wire contract did not really change.
    _Aspect(
        "format-corrected",
        "types-and-formats",
        Effect.NARROWS,
        "Format of {subject} corrected from {old} (not a registered format, ignored by tools) to {new}",
        levels={
            Direction.REQUEST: (W, "check that no caller sends values outside the new format"),
            Direction.RESPONSE: (N, "callers receive the same values, now described precisely"),
        },
    ),
    _Aspect("enum-value-added", "enums", Effect.WIDENS, "Enum value {value} added to {subject}"),
    _Aspect("enum-value-removed", "enums", Effect.NARROWS, "Enum value {value} removed from {subject}"),
    _Aspect("became-enum", "enums", Effect.NARROWS, "Values of {subject} are now restricted to {new}"),
    _Aspect("no-longer-enum", "enums", Effect.WIDENS, "Values of {subject} are no longer restricted to {old}"),
    _Aspect("became-nullable", "nullability", Effect.WIDENS, "Null is now allowed for {subject}"),
    _Aspect("became-not-nullable", "nullability", Effect.NARROWS, "Null is no longer allowed for {subject}"),
    *_bound_aspects(),
    _Aspect("pattern-added", "constraints", Effect.NARROWS, "Pattern {new} added to {subject}"),
    _Aspect("pattern-removed", "constraints", Effect.WIDENS, "Pattern {old} removed from {subject}"),
    _Aspect("pattern-changed", "constraints", Effect.UNKNOWN, "Pattern of {subject} changed from {old} to {new}"),
    _Aspect("unique-items-set", "constraints", Effect.NARROWS, "Items of {subject} must now be unique"),
    _Aspect("unique-items-unset", "constraints", Effect.WIDENS, "Items of {subject} no longer need to be unique"),
    _Aspect("multiple-of-set", "constraints", Effect.NARROWS, "{subject} must now be a multiple of {new}"),
    _Aspect("multiple-of-unset", "constraints", Effect.WIDENS, "{subject} no longer needs to be a multiple of {old}"),
    _Aspect("multiple-of-changed", "constraints", Effect.UNKNOWN, "Multiple of {subject} changed from {old} to {new}"),
    _Aspect(
        "default-value-changed",
        "defaults",
        Effect.UNKNOWN,
        "Default of {subject} changed from {old} to {new}",
        levels={
            Direction.REQUEST: (W, "callers that omit it get a different behaviour"),
            Direction.RESPONSE: (D, ""),
        },
    ),
    _Aspect("one-of-added", "composition", Effect.WIDENS, "Variant {value} added to the oneOf of {subject}"),
    _Aspect("one-of-removed", "composition", Effect.NARROWS, "Variant {value} removed from the oneOf of {subject}"),
    _Aspect("any-of-added", "composition", Effect.WIDENS, "Variant {value} added to the anyOf of {subject}"),
    _Aspect("any-of-removed", "composition", Effect.NARROWS, "Variant {value} removed from the anyOf of {subject}"),
    *_discriminator_aspects(),
    *_wrap_aspects(),
    _Aspect(
        "x-extensible-enum-value-added",
        "enums",
        Effect.WIDENS,
        "Known value {value} added to the x-extensible-enum of {subject}",
        levels={
            Direction.REQUEST: (N, "callers may send it"),
            Direction.RESPONSE: (N, "the set is open: readers already accept values they do not know"),
        },
    ),
    _Aspect(
        "x-extensible-enum-value-removed",
        "enums",
        Effect.NARROWS,
        "Known value {value} removed from the x-extensible-enum of {subject}",
        levels={
            Direction.REQUEST: (B, "requests sending it may now be rejected"),
            Direction.RESPONSE: (N, "callers receive fewer known values"),
        },
    ),
    _Aspect(
        "schema-became-false",
        "types-and-formats",
        Effect.NARROWS,
        "{subject} became the `false` schema (no value is valid)",
    ),
    _Aspect("schema-became-not-false", "types-and-formats", Effect.WIDENS, "{subject} is no longer the `false` schema"),
    *_keyword_aspects(),
    _Aspect("description-changed", "documentation", Effect.NONE, "Description of {subject} changed"),
    _Aspect(
        "title-changed",
        "documentation",
        Effect.NONE,
        "Title of {subject} changed from {old} to {new} (generated model names may follow it)",
    ),
)


def schema_kind_id(location: Location, suffix: str) -> str:
    return f"{location.prefix}-{suffix}"


def _schema_kinds() -> list[ChangeKind]:
    kinds = []
    for location in Location:
        for aspect in SCHEMA_ASPECTS:
            if aspect.levels is not None:
                level, reason = aspect.levels[location.direction]
            else:
                level = level_for(aspect.effect, location.direction)
                reason = _REASONS.get((aspect.effect, location.direction), "")
            text = f"{aspect.text}: {reason}." if reason else f"{aspect.text}."
            kinds.append(ChangeKind(schema_kind_id(location, aspect.suffix), level, aspect.family, text))
    return kinds


_EXPLICIT: tuple[ChangeKind, ...] = (
    # Operations (paths and methods).
    ChangeKind("api-path-added", N, "operations", "Path {new} added with {value}."),
    ChangeKind(
        "api-path-removed-without-deprecation",
        B,
        "operations",
        "Path {old} removed with {value}: callers of its operations will fail.",
    ),
    ChangeKind(
        "api-path-removed-with-deprecation",
        W,
        "operations",
        "Deprecated path {old} removed with {value}: callers that did not migrate will fail.",
    ),
    ChangeKind(
        "api-path-removed-before-sunset",
        B,
        "deprecation",
        "Deprecated path {old} removed with {value} before its x-sunset date: callers were promised it until then.",
    ),
    ChangeKind(
        "api-removed-before-sunset",
        B,
        "deprecation",
        "Deprecated operation {subject} removed before its x-sunset date: callers were promised it until then.",
    ),
    ChangeKind(
        "api-stability-decreased",
        B,
        "deprecation",
        "Stability of {subject} decreased from {old} to {new}: callers relied on the stronger promise.",
    ),
    ChangeKind("api-stability-increased", N, "deprecation", "Stability of {subject} increased from {old} to {new}."),
    ChangeKind("endpoint-added", N, "operations", "Operation {subject} added."),
    ChangeKind(
        "api-removed-without-deprecation", B, "operations", "Operation {subject} removed: its callers will fail."
    ),
    ChangeKind(
        "api-removed-with-deprecation",
        W,
        "operations",
        "Deprecated operation {subject} removed: callers that did not migrate will fail.",
    ),
    ChangeKind(
        "api-operation-id-changed",
        W,
        "operations",
        "The operationId of {subject} changed from {old} to {new}: the wire is unchanged, but generated "
        "clients name their functions after it.",
    ),
    ChangeKind(
        "api-tag-added",
        W,
        "operations",
        "Tag {value} added to {subject}: generated clients may group the operation differently.",
    ),
    ChangeKind(
        "api-tag-removed",
        W,
        "operations",
        "Tag {value} removed from {subject}: generated clients may group the operation differently.",
    ),
    # Parameters.
    ChangeKind(
        "new-required-request-parameter",
        B,
        "parameters",
        "New required {subject}: callers that do not send it will be rejected.",
    ),
    ChangeKind("new-optional-request-parameter", N, "parameters", "New optional {subject}."),
    ChangeKind(
        "request-parameter-removed",
        W,
        "parameters",
        "{subject} removed: callers that still send it may see it ignored or rejected.",
    ),
    ChangeKind(
        "request-parameter-removed-before-sunset",
        B,
        "deprecation",
        "Deprecated {subject} removed before its x-sunset date: callers were promised it until then.",
    ),
    ChangeKind(
        "request-parameter-removed-with-deprecation",
        N,
        "deprecation",
        "Deprecated {subject} removed, as its deprecation announced.",
    ),
    ChangeKind(
        "request-parameter-became-required",
        B,
        "parameters",
        "{subject} became required: callers that omit it will be rejected.",
    ),
    ChangeKind("request-parameter-became-optional", N, "parameters", "{subject} became optional."),
    ChangeKind(
        "request-parameter-location-changed",
        B,
        "parameters",
        "Request parameter {value} moved from {old} to {new}: callers send it in the wrong place.",
    ),
    ChangeKind(
        "request-path-parameter-renamed",
        W,
        "parameters",
        "Path parameter renamed from {old} to {new} in {subject}: the URL is unchanged, but generated "
        "clients name the argument after it.",
    ),
    ChangeKind(
        "request-parameter-became-array",
        N,
        "parameters",
        "{subject} became an array of the same values: a single value is still valid on the wire.",
    ),
    ChangeKind(
        "request-parameter-serialization-changed",
        B,
        "parameters",
        "Serialization (style/explode) of {subject} changed from {old} to {new}: callers encode it the old way.",
    ),
    ChangeKind(
        "request-parameter-became-security-scheme",
        W,
        "security",
        "{subject} is now declared by security scheme {new}: the header on the wire is the same, but "
        "callers give the credential once to the client instead of to every call.",
    ),
    # Request bodies.
    ChangeKind(
        "request-body-added-required",
        B,
        "request-bodies",
        "Required request body added to {subject}: callers that send none will be rejected.",
    ),
    ChangeKind("request-body-added-optional", N, "request-bodies", "Optional request body added to {subject}."),
    # Breaking, like oasdiff: old clients always send the body, and the new contract defines no request
    # with one, so a validating server (Prism, most gateways) rejects requests that were valid.
    ChangeKind(
        "request-body-removed",
        B,
        "request-bodies",
        "Request body of {subject} removed: requests that send one were valid and may now be rejected.",
    ),
    ChangeKind(
        "request-body-became-required",
        B,
        "request-bodies",
        "Request body of {subject} became required: callers that send none will be rejected.",
    ),
    ChangeKind("request-body-became-optional", N, "request-bodies", "Request body of {subject} became optional."),
    ChangeKind("request-body-media-type-added", N, "request-bodies", "Request media type {value} added to {subject}."),
    ChangeKind(
        "request-body-media-type-removed",
        B,
        "request-bodies",
        "Request media type {value} removed from {subject}: callers sending it will be rejected.",
    ),
    # Request properties: existence and required-ness.
    ChangeKind(
        "new-required-request-property",
        B,
        "properties",
        "New required {subject}: callers that do not send it will be rejected.",
    ),
    ChangeKind("new-optional-request-property", N, "properties", "New optional {subject}."),
    ChangeKind(
        "request-property-removed",
        W,
        "properties",
        "{subject} removed: callers that still send it may see it ignored or rejected.",
    ),
    ChangeKind(
        "request-property-removed-from-closed-schema",
        B,
        "properties",
        "{subject} removed from a schema that allows no other properties: requests still sending it are rejected.",
    ),
    ChangeKind(
        "request-property-renamed",
        B,
        "properties",
        "{subject} renamed to {new}: callers sending the old name will have it ignored or rejected.",
    ),
    ChangeKind(
        "request-property-became-required",
        B,
        "required",
        "{subject} became required: callers that omit it will be rejected.",
    ),
    ChangeKind("request-property-became-optional", N, "required", "{subject} became optional."),
    ChangeKind(
        "request-property-became-read-only",
        W,
        "properties",
        "{subject} became read-only: the server now ignores or rejects it in requests.",
    ),
    # Responses, response properties and headers.
    ChangeKind(
        "response-success-status-added",
        W,
        "responses",
        "Success status {value} added to {subject}: callers may receive a response they do not parse.",
    ),
    ChangeKind(
        "response-success-status-removed",
        B,
        "responses",
        "Success status {value} removed from {subject}: callers expecting it will not get it.",
    ),
    ChangeKind("response-non-success-status-added", N, "responses", "Status {value} documented for {subject}."),
    ChangeKind(
        "response-non-success-status-removed", N, "responses", "Status {value} no longer documented for {subject}."
    ),
    ChangeKind("response-media-type-added", N, "responses", "Response media type {value} added to {subject}."),
    ChangeKind(
        "response-media-type-removed",
        B,
        "responses",
        "Response media type {value} removed from {subject}: callers parsing it will fail.",
    ),
    ChangeKind("response-description-changed", D, "documentation", "Description of {subject} changed."),
    ChangeKind("response-optional-property-added", N, "properties", "New optional {subject}."),
    ChangeKind("response-required-property-added", N, "properties", "New {subject}, always present."),
    ChangeKind(
        "response-property-added-to-closed-schema",
        B,
        "properties",
        "New {subject} in a schema that allowed no other properties: clients validating the old schema reject it.",
    ),
    ChangeKind(
        "response-required-property-removed", B, "properties", "{subject} removed: callers reading it will fail."
    ),
    ChangeKind(
        "response-optional-property-removed",
        W,
        "properties",
        "Optional {subject} removed: callers reading it always get nothing now.",
    ),
    ChangeKind(
        "response-property-renamed",
        B,
        "properties",
        "{subject} renamed to {new}: callers reading the old name will fail.",
    ),
    ChangeKind(
        "response-property-became-optional",
        B,
        "required",
        "{subject} became optional: callers that expect it may not get it.",
    ),
    ChangeKind("response-property-became-required", N, "required", "{subject} is now always present."),
    ChangeKind(
        "response-required-property-became-write-only",
        B,
        "properties",
        "Required {subject} became write-only: callers reading it will no longer get it.",
    ),
    ChangeKind(
        "response-optional-property-became-write-only",
        W,
        "properties",
        "Optional {subject} became write-only: callers reading it always get nothing now.",
    ),
    ChangeKind("response-header-added", N, "responses", "New {subject}."),
    ChangeKind("response-required-header-removed", B, "responses", "{subject} removed: callers reading it will fail."),
    ChangeKind(
        "response-optional-header-removed",
        W,
        "responses",
        "Optional {subject} removed: callers reading it always get nothing now.",
    ),
    ChangeKind(
        "response-header-became-optional",
        B,
        "required",
        "{subject} became optional: callers that expect it may not get it.",
    ),
    ChangeKind("response-header-became-required", N, "required", "{subject} is now always present."),
    # Security.
    ChangeKind(
        "api-security-became-required",
        B,
        "security",
        "{subject} now requires authentication ({new}): anonymous callers will be rejected.",
    ),
    ChangeKind("api-security-no-longer-required", N, "security", "{subject} no longer requires authentication."),
    ChangeKind(
        "api-security-added",
        N,
        "security",
        "Security requirement {value} added to {subject} as a new way to authenticate.",
    ),
    ChangeKind(
        "api-security-removed",
        B,
        "security",
        "Security requirement {value} removed from {subject}: callers authenticating that way will be rejected.",
    ),
    ChangeKind(
        "api-security-scope-added",
        B,
        "security",
        "Scope {value} now required by {subject}: tokens without it will be rejected.",
    ),
    ChangeKind("api-security-scope-removed", N, "security", "Scope {value} no longer required by {subject}."),
    ChangeKind(
        "api-security-component-type-changed",
        B,
        "security",
        "Type of security scheme {subject} changed from {old} to {new}: callers authenticate the old way.",
    ),
    ChangeKind(
        "security-scheme-api-key-location-changed",
        B,
        "security",
        "API key of security scheme {subject} moved from {old} to {new}: callers send it in the old place.",
    ),
    ChangeKind(
        "security-scheme-http-scheme-changed",
        B,
        "security",
        "HTTP scheme of security scheme {subject} changed from {old} to {new}.",
    ),
    ChangeKind(
        "api-security-component-oauth-url-changed",
        B,
        "security",
        "OAuth URL {value} of security scheme {subject} changed from {old} to {new}.",
    ),
    ChangeKind(
        "security-scheme-oauth-flow-added", N, "security", "OAuth flow {value} added to security scheme {subject}."
    ),
    ChangeKind(
        "security-scheme-oauth-flow-removed",
        B,
        "security",
        "OAuth flow {value} removed from security scheme {subject}: callers using it will fail.",
    ),
    ChangeKind(
        "security-scheme-description-changed", D, "documentation", "Description of security scheme {subject} changed."
    ),
    # Deprecation.
    ChangeKind("endpoint-deprecated", N, "deprecation", "Operation {subject} deprecated: plan to migrate."),
    ChangeKind("endpoint-reactivated", N, "deprecation", "Operation {subject} is no longer deprecated."),
    ChangeKind("request-parameter-deprecated", N, "deprecation", "{subject} deprecated: plan to stop sending it."),
    ChangeKind("request-parameter-reactivated", N, "deprecation", "{subject} is no longer deprecated."),
    ChangeKind("request-property-deprecated", N, "deprecation", "{subject} deprecated: plan to stop sending it."),
    ChangeKind("request-property-reactivated", N, "deprecation", "{subject} is no longer deprecated."),
    ChangeKind("response-property-deprecated", N, "deprecation", "{subject} deprecated: plan to stop reading it."),
    ChangeKind("response-property-reactivated", N, "deprecation", "{subject} is no longer deprecated."),
    # Documentation of operations.
    ChangeKind("api-summary-changed", D, "documentation", "Summary of {subject} changed from {old} to {new}."),
    ChangeKind("api-description-changed", D, "documentation", "Description of {subject} changed."),
    # Webhooks (OpenAPI 3.1): calls the API makes to its callers' handlers.
    ChangeKind("webhook-added", N, "webhooks", "Webhook {subject} added: handlers may now be called."),
    ChangeKind(
        "webhook-removed",
        W,
        "webhooks",
        "Webhook {subject} removed: handlers for it are no longer called; nothing they accept becomes invalid.",
    ),
    # Components nobody references still become generated model classes.
    ChangeKind("api-schema-added", N, "components", "Schema {subject} added."),
    ChangeKind(
        "api-schema-removed",
        W,
        "components",
        "Schema {subject} removed: no operation changed because of it, but generated model classes may disappear.",
    ),
)


def _build() -> dict[str, ChangeKind]:
    kinds = _schema_kinds() + list(_EXPLICIT)
    catalogue: dict[str, ChangeKind] = {}
    for kind in kinds:
        if kind.id in catalogue:  # an explicit kind may not shadow a generated one
            raise AssertionError(f"duplicate change kind {kind.id}")
        catalogue[kind.id] = kind
    return dict(sorted(catalogue.items()))


CATALOGUE: Mapping[str, ChangeKind] = _build()


def explicit_kind_ids() -> list[str]:
    """The kinds listed one by one (not generated per location)."""
    return sorted(kind.id for kind in _EXPLICIT)


def catalogue_counts() -> dict[ChangeLevel, int]:
    """How many change kinds the engine covers, per level (every level present, maybe 0)."""
    counts = Counter(kind.level for kind in CATALOGUE.values())
    return {level: counts.get(level, 0) for level in ChangeLevel}
