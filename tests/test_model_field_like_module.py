"""A model with a field named like its own module (`Item.item`, `Currency.currency`): openapi-python-client's
from_dict names its result after the module, so such a field used to be shadowed and the run refused, one
model per run (five on the full Simpro reference). Our model template names the result `_instance`, which
no field name can be: every such model generates, parses and type-checks, with no rename by hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.hostile.harness import page_export, scratch

SPEC = """\
openapi: 3.0.3
info: {title: Tiny, version: "1.0"}
paths:
  /items/{id}:
    get:
      operationId: get_item
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
components:
  schemas:
    Item:
      type: object
      required: [ID, Item]
      properties:
        ID: {type: integer}
        Item: {type: string}
        Currency: {$ref: '#/components/schemas/Currency'}
        Instance: {type: string}
    Currency:
      type: object
      properties:
        Currency: {$ref: '#/components/schemas/CurrencyRef'}
        TradePrice: {type: number}
    CurrencyRef:
      type: object
      properties:
        ID: {type: string}
"""


def test_fields_named_like_their_module_generate_parse_and_type_check(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    space.api(page=page_export(SPEC))
    result = space.run("regenerate")
    assert result.returncode == 0, result.stderr
    package = space.root / "generated" / "tiny-client"
    program = tmp_path / "use_it.py"
    program.write_text(
        "from tiny_client.models.item import Item\n"
        "from tiny_client.models.currency import Currency\n"
        "item = Item.from_dict({'ID': 1, 'Item': 'bolt', 'Instance': 'x',"
        " 'Currency': {'Currency': {'ID': 'USD'}, 'TradePrice': 2.5}})\n"
        "assert item.item == 'bolt' and item.id == 1, item\n"
        "assert item.instance == 'x'  # a common field name (RFC 7807's `instance`) keeps its name\n"
        "assert isinstance(item.currency, Currency)\n"
        "assert item.currency.currency.id == 'USD' and item.currency.trade_price == 2.5\n"
        "assert item.to_dict()['Currency']['Currency'] == {'ID': 'USD'}\n"
        "print('parsed')\n",
        encoding="utf-8",
    )
    ran = subprocess.run(
        [sys.executable, str(program)], capture_output=True, text=True, env={"PYTHONPATH": str(package)}, check=False
    )
    assert ran.returncode == 0 and "parsed" in ran.stdout, ran.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "tiny_client"],
        capture_output=True,
        text=True,
        cwd=package,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout
