"""One operation: its tag, summary, description and operationId, its code samples, parameters, request
body and responses (each from its own layer), its callbacks (each callback's operations built the same
way) and its security requirements (authentication.def's note)."""

from __future__ import annotations

from typing import Any

from generator.importers.widdershins.assemble_request import ParameterTable, Requests
from generator.importers.widdershins.assemble_responses import Responses
from generator.importers.widdershins.assemble_samples import CodeSamples
from generator.importers.widdershins.outline import OperationBlock, TagSection
from generator.importers.widdershins.security import requirements

# Methods given, in order, to the operations of one callback expression (the page does not print theirs).
_CALLBACK_METHODS = ("post", "put", "patch", "get", "delete", "head", "options", "trace")


class Operations(Requests, Responses, CodeSamples):
    """Builder layer: an operation, callbacks included."""

    def _operation(self, block: OperationBlock, section: TagSection | None) -> dict[str, Any]:
        """One operation; `section` None for a callback's operation (no tag, and a heading that is its
        parent's: callbacks.def keeps the parent's name)."""
        operation: dict[str, Any] = {"tags": [section.name.text]} if section is not None else {}
        if block.summary:
            operation["summary"] = block.summary.text
        if block.description:
            operation["description"] = block.description.text
        if block.operation_id is not None:
            operation["operationId"] = block.operation_id
            if section is not None and block.heading.text != block.operation_id:
                self.warn(
                    f"heading '{block.heading.text}' differs from the operationId anchor '{block.operation_id}'",
                    block.heading.line,
                    "widdershins-heading",
                )
        samples = self._samples(block)
        parameters, body_rows = self._parameter_rows(block)
        table = ParameterTable(self._long_descriptions(block), self._parameter_enums(block))
        if parameters:
            operation["parameters"] = [self._parameter(row, samples, table) for row in parameters]
        body = self._body(block, body_rows, samples, table)
        if body is not None:
            operation["requestBody"] = body
        operation["responses"] = self._responses(block, samples)
        if block.callbacks_line:
            operation["callbacks"] = self._callbacks(block)
        security = self._security(block)
        if security is not None:
            operation["security"] = security
        return operation

    def _callbacks(self, block: OperationBlock) -> dict[str, Any]:
        """`### Callbacks` → {name: {expression: {method: operation}}}.

        callbacks.def renders a callback's operation under its parent's `METHOD /path` line and code
        samples, so its own method is not on the page. It is recorded as `post` (what callbacks and
        webhooks almost always are), a second one under the same expression as the next free method
        of `_CALLBACK_METHODS`, each with a warning at its expression's line.
        """
        callbacks: dict[str, Any] = {}
        for index, callback in enumerate(block.callbacks):
            if index and not callback.expressions:
                # callbacks.def finds the next callback on `data.operation`, which is by then the callback
                # operation it has just rendered: later callbacks print as a bare heading.
                self.warn(
                    f"callback '{callback.name.text}' is printed without its expressions and operations "
                    "(Widdershins 4.0.1 prints only the first callback of an operation in full); "
                    "recorded as an empty callback",
                    callback.name.line,
                    "widdershins-callback-lost",
                    fix="describe the callback in an overlay",
                )
            expressions: dict[str, Any] = {}
            for expression in callback.expressions:
                item: dict[str, Any] = {}
                for nested, method in zip(expression.operations, _CALLBACK_METHODS, strict=False):
                    if (nested.method, nested.path) != (block.method, block.path):
                        self.warn(
                            f"callback '{callback.name.text}' prints {nested.method} {nested.path}, not its "
                            f"parent's {block.method} {block.path} as Widdershins does",
                            nested.method_line,
                            "widdershins-callback",
                        )
                    item[method] = self._operation(nested, None)
                    self.warn(
                        f"callback '{callback.name.text}' {expression.text.text}: Widdershins prints the parent's "
                        f"method ({block.method}) for a callback's operation, not the callback's own; "
                        f"recorded as {method.upper()}",
                        expression.text.line,
                        "widdershins-callback-method",
                        fix="set the callback's method in an overlay if it is not " + method.upper(),
                    )
                if len(expression.operations) > len(_CALLBACK_METHODS):
                    self.warn(
                        f"callback '{callback.name.text}' {expression.text.text} has more operations than "
                        "HTTP methods; the extra ones are not placed",
                        expression.text.line,
                        "widdershins-unplaced",
                    )
                expressions[expression.text.text] = item
            callbacks[callback.name.text] = expressions
        return callbacks

    def _security(self, block: OperationBlock) -> list[dict[str, list[str]]] | None:
        """authentication.def's note; None for "does not require authentication"."""
        if block.auth is None:
            return None
        found, uses = requirements(block.auth.text, block.auth.line)
        self.security_uses.extend(uses)
        return found
