"""Code samples → what only they show: the request and response media types (the shell sample's
Content-Type and Accept headers), header and required query parameters' examples, and how required query
parameters are serialised. Samples Widdershins does not generate (x-code-samples) are reported, not read."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.importers.widdershins.assemble_state import BuilderState
from generator.importers.widdershins.outline import Fence, OperationBlock

DEFAULT_MEDIA_TYPE = "application/json"


@dataclass
class Samples:
    """What the generated code samples say beyond the rest of the operation."""

    content_type: str | None = None
    accept: str | None = None
    headers: dict[str, str] = field(default_factory=dict)  # header parameter → example shown
    query: dict[str, Any] = field(default_factory=dict)  # required query parameter → example shown
    query_string: str = ""  # the sample URL's query: how required query parameters are serialised


class CodeSamples(BuilderState):
    """Builder layer: an operation's generated code samples."""

    def _samples(self, block: OperationBlock) -> Samples:
        """Read the generated samples for what only they show; report samples Widdershins did not generate.

        Everything else in them (method, path, body) is printed elsewhere in the operation.
        """
        samples = Samples()
        for fence in block.code_samples:
            generated = {
                "shell": fence.text.startswith("# You can also use wget\ncurl -X "),
                "javascript": "\nfetch('" in "\n" + fence.text,
                "python": fence.text.startswith("import requests\n"),
            }.get(fence.lang)
            if not generated:
                self.warn(
                    f"the {fence.lang or 'untagged'} code sample is not one Widdershins generates "
                    "(x-code-samples?); not read",
                    fence.line,
                    "widdershins-code-sample",
                    fix="carry custom code samples in an overlay (x-code-samples)",
                )
            elif fence.lang == "shell":
                self._shell_sample(fence, block, samples)
            elif fence.lang == "python":
                samples.query = self._python_params(fence)
        return samples

    def _shell_sample(self, fence: Fence, block: OperationBlock, samples: Samples) -> None:
        lines = fence.text.split("\n")
        curl = re.match(r"^curl -X (?P<method>\S+) (?P<url>\S+?)(?: \\)?$", lines[1])
        if curl is None:
            self.warn("the shell sample's curl line is not read", fence.line + 2, "widdershins-code-sample")
            return
        url, _, samples.query_string = curl.group("url").partition("?")
        if curl.group("method") != block.method or not url.endswith(block.path):
            self.warn(
                f"the shell sample calls {curl.group('method')} {url}, the operation is {block.method} {block.path}",
                fence.line + 2,
                "widdershins-code-sample",
            )
        for offset, text in enumerate(lines[2:], start=3):
            header = re.match(r"^  -H '(?P<name>[^:]+): (?P<value>.*)'(?: \\)?$", text)
            if header is None:
                if text.strip():
                    self.warn(f"shell sample line not read: {text!r}", fence.line + offset, "widdershins-code-sample")
                continue
            name, value = header.group("name"), header.group("value")
            # fakeProdCons/getParameters: Content-Type, then Accept, then header parameters, then auth.
            if name == "Content-Type" and samples.content_type is None and not samples.headers:
                samples.content_type = value
            elif name == "Accept" and samples.accept is None and not samples.headers:
                samples.accept = value
            else:
                samples.headers[name] = value

    def _python_params(self, fence: Fence) -> dict[str, Any]:
        """`params={ 'a': 'x',  'b': {json} }` of the Python sample: required query parameters' examples.

        code_python.dot prints every entry on one line, quoting scalars (`'3'`) and writing objects as JSON.
        """
        start = fence.text.find("params={\n")
        if start < 0:
            return {}
        text = fence.text[start + len("params={\n") :]
        values: dict[str, Any] = {}
        decoder = json.JSONDecoder()
        position = 0
        while True:
            entry = re.compile(r"\s*'(?P<name>[^']+)': ").match(text, position)
            if entry is None:
                break
            position = entry.end()
            if text.startswith("'", position):
                end = text.find("'", position + 1)
                values[entry.group("name")] = text[position + 1 : end]
                position = end + 1
            else:
                try:
                    values[entry.group("name")], position = decoder.raw_decode(text, position)
                except ValueError:
                    self.warn(
                        f"python sample: the value of '{entry.group('name')}' is not read",
                        fence.line,
                        "widdershins-code-sample",
                    )
                    break
            if text.startswith(",", position):
                position += 1
        return values
