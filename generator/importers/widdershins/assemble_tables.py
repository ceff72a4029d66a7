"""Schema tables → schemas: rows of the parameters table and of schema tables read into `SchemaRow`s,
a schema's blocks nested with their oneOf/anyOf/allOf keywords, enumerated values given to their rows, and
the vendor's own components of the `# Schemas` section (`schema` turns the rows into JSON Schema)."""

from __future__ import annotations

from typing import Any

from generator.importers.widdershins.assemble_state import BuilderState
from generator.importers.widdershins.outline import ComponentSchema, Row, Table, Text
from generator.importers.widdershins.schema import (
    ANONYMOUS,
    COMBINATOR_TITLES,
    CONTINUED,
    EnumEntry,
    SchemaRow,
    assign_enums,
    attach_examples,
    fill_children,
    flatten,
    infer_schema,
    nest,
    row_schema,
    split_name,
)


class SchemaTables(BuilderState):
    """Builder layer: the rows of every table that prints a schema."""

    def _enum_entries(self, table: Table | None) -> list[EnumEntry]:
        if table is None:
            return []
        return [EnumEntry(row.cells[0], row.cells[1], row.line) for row in table.rows]

    def _schema_row(self, row: Row, *, parameters: bool) -> SchemaRow:
        """A row of the parameters table (Name|In|Type|Required|Description: parameters and body rows) or
        of a schema table (Name|Type|Required|Restrictions|Description)."""
        if parameters:
            name, _, type_text, required, description = row.cells
            restrictions = "none"
        else:
            name, type_text, required, restrictions, description = row.cells[:5]
        level, bare = split_name(name)
        if parameters and level == 0:
            bare = name  # a parameter, or the body parameter itself
        text = None if description == "none" else description
        return SchemaRow(level, bare, type_text, required == "true", restrictions, text, row.line)

    def _block_rows(
        self, blocks: list[tuple[Text | None, Table]], base_level: int = 0, *, root: bool = False
    ) -> list[SchemaRow]:
        """The rows of a schema's blocks, nested, alternatives marked with the keyword of their block."""
        rows: list[SchemaRow] = []
        kind: str | None = None
        for title, table in blocks:
            if title is not None:
                keyword = title.text.split(" - discriminator: ")[0]
                if keyword == CONTINUED:
                    kind = None
                elif keyword in COMBINATOR_TITLES:
                    kind = COMBINATOR_TITLES[keyword]
                    if " - discriminator: " in title.text:
                        self.warn("discriminators are not read", title.line, "widdershins-discriminator")
                else:
                    self.warn(f"schema block title '*{title.text}*' not understood", title.line, "widdershins-unplaced")
            for raw in table.rows:
                row = self._schema_row(raw, parameters=False)
                if row.description is not None:
                    row.description = row.description.replace("<br>", "\n")  # schemaToArray's join option
                if row.name == ANONYMOUS:
                    row.combinator = kind
                rows.append(row)
        return nest(rows, self.file, self.diagnostics, base_level=base_level, root=root)

    def _assign_row_enums(self, top: list[SchemaRow], enums: Table | None) -> None:
        all_rows = flatten(top)
        assign_enums(
            all_rows,
            self._enum_entries(enums),
            names=[row.name for row in all_rows],
            eligible=[not row.is_array for row in all_rows],
            file=self.file,
            diagnostics=self.diagnostics,
        )

    def _component(self, component: ComponentSchema) -> dict[str, Any]:
        """A schema of the `# Schemas` section, the vendor's own component, under its own name.

        Without rows the printed sample is all there is (`null` for `{}`, `{}` for a bare object, a list
        for an array); a lone *anonymous* row is the schema itself (a primitive or an array); otherwise
        the rows are the properties and alternatives of an object.
        """
        sample = component.sample.json(self.file) if component.sample and component.sample.lang == "json" else None
        # main.dot prints a component's properties unprefixed (schemaToArray from depth -1)
        top = self._block_rows([(block.title, block.table) for block in component.blocks], base_level=-1)
        attach_examples(top, sample)
        self._assign_row_enums(top, component.enums)
        schema: dict[str, Any]
        if not top:
            schema = {} if sample is None else infer_schema(sample, deep=False)
            if isinstance(sample, list) and sample and sample[0] is None:
                schema["items"] = {}
        elif len(top) == 1 and top[0].name == ANONYMOUS and top[0].combinator is None:
            schema = row_schema(top[0], self.file, self.diagnostics)
            schema.pop("description", None)
        else:
            schema = {"type": "object"} if any(row.name != ANONYMOUS for row in top) else {}
            fill_children(schema, top, self.file, self.diagnostics)
        if component.description is not None:
            schema["description"] = component.description.text
        return schema
