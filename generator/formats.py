"""Formats that tools recognise: the OpenAPI Format Registry plus JSON Schema's own. Anything else in a
`format` is almost always a typo (`int3é`), which validators let through silently."""

REGISTERED_FORMATS: dict[str, str] = {
    **{name: "integer" for name in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")},
    **{name: "number" for name in ("float", "double", "decimal", "decimal128")},
    **{
        name: "string"
        for name in (
            "byte",
            "binary",
            "base64url",
            "char",
            "commonmark",
            "html",
            "password",
            "date",
            "date-time",
            "time",
            "duration",
            "http-date",
            "email",
            "idn-email",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "uri",
            "uri-reference",
            "iri",
            "iri-reference",
            "uri-template",
            "uuid",
            "json-pointer",
            "relative-json-pointer",
            "regex",
            "media-range",
            "sf-binary",
            "sf-boolean",
            "sf-decimal",
            "sf-integer",
            "sf-string",
            "sf-token",
        )
    },
}
