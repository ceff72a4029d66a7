"""One operation of a Widdershins v4.0.1 page → an `OperationBlock` (operation.dot, parameters.def,
responses.def, callbacks.def, authentication*.def).

Layout of one operation, in template order (every part but the heading, method line, responses and the
closing aside is optional):

    ## <operationId>                       <a id="opId<operationId>"></a>
    > Code samples + one fence per language
    `METHOD /path`                         *summary*                description
    > Body parameter [+ "> description"] + example fences
    <h3 id="…-parameters">   table, "#### Detailed descriptions", "#### Enumerated Values"
    > Example responses + ("> 200 Response" + fences)…
    <h3 id="…-responses">    table
    <h3 id="…-responseschema"> + ("Status Code **200**" + schema blocks + enumerated values)…
    ### Response Headers + table
    ### Callbacks + ("#### <name>" + ("**<expression>**" + a whole operation as above)…)…
    <aside class="success|warning"> … </aside>

callbacks.def renders each callback operation with operation.dot itself, so it repeats the parent's
`## <name>` heading and its `METHOD /path` line (only `data.operation` changes, not `data.method`): the
callback's own method is not on the page. Its own operationId anchor, summary, description, body,
parameters, responses and authentication note are. Only an operation's first callback is printed in
full: the template looks the next one up on the callback operation it has just rendered, so later
callbacks are a bare `#### <name>` (`assemble_operation` says so).

Unreadable input (an operation without its method line or its responses table, an aside never closed)
raises `SpecFoundryError`; a line that fits no part of the layout becomes a warning with its line number.
"""

from __future__ import annotations

import re

from generator.importers.widdershins.markdown_reader import (
    CALLBACKS,
    ENUMERATED_VALUES,
    EXAMPLE_RESPONSES,
    H1_HTML,
    H2,
    H3,
    RESPONSE_HEADERS,
    STATUS_CODE,
    Reader,
    heading_text,
)
from generator.importers.widdershins.outline import (
    CallbackBlock,
    CallbackExpression,
    DetailedDescription,
    ExampleGroup,
    OperationBlock,
    ResponseSchema,
    SchemaBlock,
    Table,
    Text,
)

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")

_OP_ANCHOR = re.compile(r'^<a id="opId(?P<id>.*)"></a>$')
# Widdershins renders every key of a path item as an operation: path-level `servers` becomes `SERVERS /path`.
PATH_SERVERS = "SERVERS"
_METHOD_LINE = re.compile(r"^`(?P<method>" + "|".join((*HTTP_METHODS, PATH_SERVERS)) + r") (?P<path>[^`]+)`$")
_SUMMARY = re.compile(r"^\*(?P<text>[^*].*?)\*$")
_BLOCK_TITLE = re.compile(r"^\*(?P<text>.+)\*$", re.DOTALL)
_DETAILED_ENTRY = re.compile(r"^\*\*(?P<name>.+?)\*\*: (?P<text>.*)$")

CODE_SAMPLES = "> Code samples"
BODY_PARAMETER = "> Body parameter"
DETAILED_DESCRIPTIONS = "#### Detailed descriptions"
NO_AUTH_TEXT = "This operation does not require authentication"
AUTH_TEXT = "To perform this operation, you must be authenticated by means of one of the following methods:"


def starts_operation(reader: Reader, index: int | None = None) -> bool:
    """Whether the line at `index` (the cursor) is an operation's `## <name>`: one followed by the
    operation anchor, the code samples or the method line. Any other `##` is the vendor's heading,
    inside a description."""
    index = reader.pos if index is None else index
    if index >= len(reader.lines) or not H2.match(reader.lines[index]):
        return False
    index += 1
    while index < len(reader.lines) and not reader.lines[index].strip():
        index += 1
    following = reader.lines[index] if index < len(reader.lines) else ""
    return bool(_OP_ANCHOR.match(following) or following == CODE_SAMPLES or _METHOD_LINE.match(following))


def read_operation(reader: Reader, *, nested: bool = False) -> OperationBlock:
    """One operation, up to its authentication note; a top-level one also reports stray lines after it
    (a callback's operation is followed by the next callback or the parent's note)."""
    line = reader.line
    match = H2.match(reader.take())
    assert match is not None
    block = OperationBlock(Text(match.group("text"), line))
    reader.skip_blank()
    anchor = _OP_ANCHOR.match(reader.peek())
    if anchor:
        block.operation_id = anchor.group("id")
        reader.take()
    reader.skip_blank()
    if reader.peek() == CODE_SAMPLES:
        reader.take()
        block.code_samples = reader.fences()
    reader.skip_blank()
    method = _METHOD_LINE.match(reader.peek())
    if not method:
        raise reader.error(
            f"operation '{block.heading.text}' has no `METHOD /path` line where Widdershins prints it",
            reader.line if not reader.at_end() else line,
            fix="the file looks truncated or edited: capture the page again",
        )
    block.method, block.path, block.method_line = method.group("method"), method.group("path"), reader.line
    reader.take()
    reader.skip_blank()
    summary = _SUMMARY.match(reader.peek())
    if summary:
        block.summary = Text(summary.group("text"), reader.line)
        reader.take()
    block.description = reader.paragraphs_until(lambda text: _ends_description(reader, text))
    _operation_parts(reader, block)
    if block.responses is None:
        raise reader.error(
            f"operation '{block.heading.text}' has no Responses table",
            block.method_line,
            fix="the file looks truncated or edited: capture the page again",
        )
    if not nested:
        _after_operation(reader, block)
    return block


def _ends_description(reader: Reader, text: str) -> bool:
    """An operation's description is the vendor's markdown (`#`/`##` headings included): it ends at the
    first part operation.dot prints after it, or, on a page cut short, where the next operation or a
    section Widdershins wrote (`<h1 id>`) starts."""
    return (
        text in (BODY_PARAMETER, EXAMPLE_RESPONSES, RESPONSE_HEADERS, CALLBACKS)
        or text.startswith("<aside class=")
        or H3.match(text) is not None
        or H1_HTML.match(text) is not None
        or starts_operation(reader)
    )


def _is_operation_part(text: str) -> bool:
    return (
        text in (BODY_PARAMETER, EXAMPLE_RESPONSES, RESPONSE_HEADERS, CALLBACKS)
        or text.startswith("<aside class=")
        or H3.match(text) is not None
        or H2.match(text) is not None
        or heading_text(text) is not None
    )


def _operation_parts(reader: Reader, block: OperationBlock) -> None:
    """Everything after the description, up to and including the authentication aside."""
    while True:
        reader.skip_blank()
        if reader.at_end():
            raise reader.error(
                f"operation '{block.heading.text}' ends before its authentication note (<aside>)",
                len(reader.lines),
                fix="the file looks truncated: capture the page again",
            )
        line = reader.line
        current = reader.peek()
        h3 = H3.match(current)
        if H2.match(current) or heading_text(current) is not None:
            raise reader.error(
                f"operation '{block.heading.text}' ends before its authentication note (<aside>)",
                line,
                fix="the file looks truncated or edited: capture the page again",
            )
        if current == BODY_PARAMETER:
            reader.take()
            block.body_line = line
            reader.skip_blank()
            if reader.peek().startswith("> "):
                block.body_description = Text(reader.take()[2:], reader.line - 1)
            block.body_examples = reader.fences()
        elif h3 and h3.group("kind") == "parameters":
            reader.take()
            reader.skip_blank()
            block.parameters = reader.table("parameters", 5)
            _parameter_extras(reader, block)
        elif current == EXAMPLE_RESPONSES:
            reader.take()
            _example_groups(reader, block)
        elif h3 and h3.group("kind") == "responses":
            reader.take()
            reader.skip_blank()
            block.responses = reader.table("responses", 4, free=2)  # Status|Meaning|Description|Schema
        elif h3 and h3.group("kind") == "responseschema":
            reader.take()
            _response_schemas(reader, block)
        elif current == RESPONSE_HEADERS:
            reader.take()
            reader.skip_blank()
            block.response_headers = reader.table("response headers", 5)
        elif current.startswith("<aside class="):
            _aside(reader, block)
            return
        elif current == CALLBACKS:
            reader.take()
            block.callbacks_line = line
            block.callbacks = _callbacks(reader)
        else:
            reader.unplaced(reader.take(), line, f"operation {block.heading.text}")


def _parameter_extras(reader: Reader, block: OperationBlock) -> None:
    reader.skip_blank()
    if reader.peek() == DETAILED_DESCRIPTIONS:
        reader.take()
        names = {row.cells[0] for row in block.parameters.rows} if block.parameters else set()
        current: DetailedDescription | None = None
        while True:
            reader.skip_blank()
            entry = _DETAILED_ENTRY.match(reader.peek())
            if reader.at_end() or _is_operation_part(reader.peek()) or reader.peek() == ENUMERATED_VALUES:
                break
            if entry and entry.group("name") in names:
                current = DetailedDescription(entry.group("name"), entry.group("text"), reader.line)
                block.detailed.append(current)
                reader.take()
                # The description runs on until the next "**name**: " line or the next part.
                continuation: list[str] = []
                while not reader.at_end():
                    text = reader.peek()
                    nxt = _DETAILED_ENTRY.match(text)
                    if (nxt and nxt.group("name") in names) or _is_operation_part(text) or text == ENUMERATED_VALUES:
                        break
                    continuation.append(reader.take())
                while continuation and not continuation[-1].strip():
                    continuation.pop()
                if continuation:
                    block.detailed[-1] = DetailedDescription(
                        current.name, "\n".join([current.text, *continuation]), current.line
                    )
            else:
                reader.unplaced(reader.take(), reader.line - 1, "detailed descriptions")
        reader.skip_blank()
    if reader.peek() == ENUMERATED_VALUES:
        reader.take()
        reader.skip_blank()
        block.parameter_enums = reader.table("parameter enumerated values", 2)


def _example_groups(reader: Reader, block: OperationBlock) -> None:
    while True:
        reader.skip_blank()
        current = reader.peek()
        if not current.startswith("> ") or current in (BODY_PARAMETER, EXAMPLE_RESPONSES):
            return
        line = reader.line
        reader.take()
        block.example_groups.append(ExampleGroup(current[2:], line, tuple(reader.fences())))


def _response_schemas(reader: Reader, block: OperationBlock) -> None:
    while True:
        reader.skip_blank()
        status = STATUS_CODE.match(reader.peek())
        if reader.peek() == ENUMERATED_VALUES:
            # responses.def lists the enums of a schema whose rows it does not print (a top-level oneOf):
            # values of rows the page does not show.
            line = reader.line
            reader.take()
            reader.skip_blank()
            reader.table("property enumerated values", 2)
            reader.warn(
                "enumerated values printed under no response schema (a top-level oneOf or anyOf prints no rows, "
                "but its alternatives' enums are listed); not placed",
                line,
                "widdershins-enum-unplaced",
            )
            continue
        if not status:
            return
        line = reader.line
        reader.take()
        blocks: list[SchemaBlock] = []
        enums: Table | None = None
        while True:
            reader.skip_blank()
            current = reader.peek()
            if current.startswith("|Name|"):
                blocks.append(SchemaBlock(None, reader.table("response schema", 5)))
                continue
            if current.startswith("*") and not current.startswith("**"):
                title = _block_title(reader)
                reader.skip_blank()
                if not reader.peek().startswith("|Name|"):
                    raise reader.error(
                        "a schema block title is not followed by its table",
                        title.line,
                        fix="the table was edited or cut: capture the page again",
                    )
                blocks.append(SchemaBlock(title, reader.table("response schema", 5)))
                continue
            if current == ENUMERATED_VALUES:
                reader.take()
                reader.skip_blank()
                enums = reader.table("property enumerated values", 2)
                reader.skip_blank()
            if reader.peek() == "#### Links":
                reader.warn("response links are not read", reader.line, "widdershins-links")
                reader.take()
                while (
                    not reader.at_end()
                    and not _is_operation_part(reader.peek())
                    and not STATUS_CODE.match(reader.peek())
                ):
                    reader.take()
            break
        block.response_schemas.append(ResponseSchema(status.group("status"), line, tuple(blocks), enums))


def _block_title(reader: Reader) -> Text:
    """`*title*`: a schema's title or description (may span lines) or a oneOf/xor/continued… marker."""
    line = reader.line
    collected = [reader.take()]
    while not collected[-1].endswith("*") or (collected[-1] == "*" and len(collected) == 1):
        if reader.at_end() or reader.peek().startswith("|"):
            raise reader.error(
                "a schema block title '*…' is never closed",
                line,
                fix="the file looks truncated or edited: capture the page again",
            )
        collected.append(reader.take())
    text = "\n".join(collected)
    match = _BLOCK_TITLE.match(text)
    assert match is not None
    return Text(match.group("text"), line)


_CALLBACK_NAME = re.compile(r"^#### (?P<name>.+)$")
_CALLBACK_EXPRESSION = re.compile(r"^\*\*(?P<expression>.+)\*\*$")


def _callbacks(reader: Reader) -> list[CallbackBlock]:
    """callbacks.def: `#### <name>`, then per expression `**<expression>**` and one rendered operation
    per method, up to the parent's authentication note."""
    found: list[CallbackBlock] = []
    while True:
        reader.skip_blank()
        line, current = reader.line, reader.peek()
        name = _CALLBACK_NAME.match(current)
        expression = _CALLBACK_EXPRESSION.match(current)
        if name:
            reader.take()
            found.append(CallbackBlock(Text(name.group("name"), line)))
        elif expression and found:
            reader.take()
            found[-1].expressions.append(CallbackExpression(Text(expression.group("expression"), line)))
        elif H2.match(current) and found and found[-1].expressions:
            found[-1].expressions[-1].operations.append(read_operation(reader, nested=True))
        else:
            return found


def _aside(reader: Reader, block: OperationBlock) -> None:
    line = reader.line
    opening = reader.take()
    body: list[str] = []
    while not reader.at_end() and reader.peek() != "</aside>":
        if H2.match(reader.peek()) or heading_text(reader.peek()) is not None:
            break
        body.append(reader.take())
    if reader.at_end() or reader.peek() != "</aside>":
        raise reader.error("this <aside> is never closed", line, fix="the file looks truncated: capture the page again")
    reader.take()
    if opening == '<aside class="success">' and body == [NO_AUTH_TEXT]:
        block.auth = None
    elif opening == '<aside class="warning">' and body and body[0] == AUTH_TEXT:
        block.auth = Text("\n".join(body[1:]), line + 2)
    else:
        raise reader.error(
            "this <aside> is not one of Widdershins' authentication notes",
            line,
            fix="the note was edited: capture the page again",
        )


def _after_operation(reader: Reader, block: OperationBlock) -> None:
    """Anything between an operation's aside and the next heading is not part of the template."""
    while True:
        reader.skip_blank()
        if reader.at_end() or H2.match(reader.peek()) or heading_text(reader.peek()) is not None:
            return
        reader.unplaced(reader.take(), reader.line - 1, f"after operation {block.heading.text}")
