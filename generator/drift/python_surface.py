"""The public Python surface of a generated package, read with `ast` (never imported), and what changed.

Works for any package directory: openapi-python-client clients (attrs models, `sync`/`asyncio`/
`*_detailed` functions in `api/<tag>/<endpoint>.py`), pydantic or dataclass models packages, plain code.
The surface is: modules; public top-level classes with their annotated fields (attrs, pydantic,
dataclasses), enum members, properties and public methods; public top-level functions with their
arguments. Module-level variables are not part of it (generated modules are full of `T = TypeVar(...)`).

Module names are dotted paths relative to the directory given, so two versions generated into
different folders compare as the same package.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.drift.model import ChangeLevel
from generator.errors import SpecFoundryError, unstaged

_SKIPPED_DIRS = frozenset({"__pycache__", "tests", "test", "docs", "build", "dist", "node_modules", "venv"})
_SKIPPED_FILES = frozenset({"setup.py", "conftest.py", "noxfile.py"})
_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum", "Flag", "IntFlag"})
_FIELD_CALLS = frozenset({"field", "Field", "_attrs_field", "attrib", "ib"})
ROOT_MODULE = "__init__"


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str | None
    kind: str  # positional-only | positional | keyword-only | var-positional | var-keyword
    has_default: bool

    @property
    def keyword_only(self) -> bool:
        return self.kind == "keyword-only"

    @property
    def required(self) -> bool:
        return not self.has_default and not self.kind.startswith("var-")


@dataclass(frozen=True)
class Function:
    name: str  # qualified inside its module: `sync`, `CostCenter.to_dict`
    arguments: tuple[Argument, ...]
    returns: str | None
    is_async: bool = False


@dataclass(frozen=True)
class Attribute:
    name: str
    annotation: str | None
    has_default: bool
    kind: str = "field"  # field | enum-member | property | method (a client's resource method)


@dataclass(frozen=True)
class ClassSurface:
    name: str
    bases: tuple[str, ...]
    attributes: Mapping[str, Attribute]
    methods: Mapping[str, Function]

    @property
    def is_enum(self) -> bool:
        return any(base.rsplit(".", 1)[-1] in _ENUM_BASES for base in self.bases)


@dataclass(frozen=True)
class ModuleSurface:
    name: str
    classes: Mapping[str, ClassSurface] = field(default_factory=dict)
    functions: Mapping[str, Function] = field(default_factory=dict)

    def public_names(self) -> list[str]:
        return sorted([*self.classes, *self.functions])


@dataclass(frozen=True)
class Surface:
    modules: Mapping[str, ModuleSurface]


@dataclass(frozen=True)
class PythonImpact:
    """One difference in the Python surface. `name` is qualified inside `module` (`CostCenter.owner_id`,
    `sync`, `sync(authorization)`); `old` / `new` are annotations or member lists where they apply."""

    id: str
    level: ChangeLevel
    module: str
    name: str
    message: str
    old: str | None = None
    new: str | None = None


# Reading --------------------------------------------------------------------------------------------


def read_surface(package_dir: Path, only: Collection[str] | None = None) -> Surface:
    """The surface of the package in `package_dir`; with `only` (paths relative to it), of those modules
    alone: comparing two versions module by module needs only the modules whose files differ."""
    if not package_dir.is_dir():
        raise SpecFoundryError(
            "package directory not found",
            file=package_dir,
            fix="generate the package first, or pass the folder that holds its modules",
        )
    modules: dict[str, ModuleSurface] = {}
    for path in _python_files(package_dir):
        if only is not None and path.relative_to(package_dir).as_posix() not in only:
            continue
        name = _module_name(path.relative_to(package_dir))
        if name != ROOT_MODULE and any(part.startswith("_") for part in name.split(".")):
            continue  # private modules are not part of the surface
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as error:
            raise SpecFoundryError(
                f"cannot parse Python: {error.msg}",
                file=unstaged(str(path)),
                place=f"line {error.lineno}",
                fix="regenerate the package; generated code must be valid Python",
            ) from None
        modules[name] = _read_module(name, tree)
    return Surface(modules=dict(sorted(modules.items())))


def _python_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if any(part in _SKIPPED_DIRS or part.startswith(".") for part in relative.parts[:-1]):
            continue
        if len(relative.parts) == 1 and relative.name in _SKIPPED_FILES:
            continue
        yield path


def _module_name(relative: Path) -> str:
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _read_module(name: str, tree: ast.Module) -> ModuleSurface:
    classes: dict[str, ClassSurface] = {}
    functions: dict[str, Function] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            classes[node.name] = _read_class(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            functions[node.name] = _read_function(node, node.name, method=False)
    return ModuleSurface(name, dict(sorted(classes.items())), dict(sorted(functions.items())))


def _read_class(node: ast.ClassDef) -> ClassSurface:
    bases = tuple(ast.unparse(base) for base in node.bases)
    is_enum = any(base.rsplit(".", 1)[-1] in _ENUM_BASES for base in bases)
    attributes: dict[str, Attribute] = {}
    methods: dict[str, Function] = {}
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            name = item.target.id
            annotation = annotation_text(item.annotation)
            if name.startswith("_") or (annotation or "").startswith(("ClassVar", "typing.ClassVar")):
                continue
            attributes[name] = Attribute(name, annotation, _has_default(item.value))
        elif (
            is_enum
            and isinstance(item, ast.Assign)
            and len(item.targets) == 1
            and isinstance(item.targets[0], ast.Name)
            and not item.targets[0].id.startswith("_")
        ):
            attributes[item.targets[0].id] = Attribute(item.targets[0].id, None, True, kind="enum-member")
        elif (bound := _bound_operation(item)) is not None:
            # A resource method of a SpecFoundry client (`list = _rt.operation(...)`): its arguments are
            # those of the request() it names, compared in that module; here its name and what it calls.
            attributes[bound[0]] = Attribute(bound[0], ast.unparse(bound[1]), True, kind="method")
        elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            decorators = {ast.unparse(decorator) for decorator in item.decorator_list}
            if "property" in decorators and not item.name.startswith("_"):
                attributes[item.name] = Attribute(item.name, annotation_text(item.returns), True, kind="property")
            elif not item.name.startswith("_") or item.name == "__init__":
                static = "staticmethod" in decorators
                methods[item.name] = _read_function(item, f"{node.name}.{item.name}", method=not static)
    return ClassSurface(node.name, bases, dict(attributes), dict(sorted(methods.items())))


# The factories that turn an operation's request() into a method (templates/client/_runtime.py.jinja).
_OPERATION_FACTORIES = frozenset({"operation", "async_operation", "pages", "async_pages"})


def _bound_operation(item: ast.stmt) -> tuple[str, ast.Call] | None:
    """(name, call) for a class-level `name = <...>.operation(...)` (or async_operation, pages, async_pages)."""
    if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
        name, value = item.targets[0].id, item.value
        if (
            not name.startswith("_")
            and isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in _OPERATION_FACTORIES
        ):
            return name, value
    return None


def _has_default(value: ast.expr | None) -> bool:
    """Whether a class-level field may be left out when constructing the class."""
    if value is None:
        return False
    if isinstance(value, ast.Call):
        callee = value.func
        called = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
        if called in _FIELD_CALLS:
            keywords = {keyword.arg: keyword.value for keyword in value.keywords}
            init = keywords.get("init")
            if isinstance(init, ast.Constant) and init.value is False:
                return True  # not a constructor argument at all
            if keywords.keys() & {"default", "default_factory", "factory"}:
                return True
            # pydantic's `Field(...)` and a bare `field()` declare a required field.
            return bool(value.args) and not (isinstance(value.args[0], ast.Constant) and value.args[0].value is ...)
    return True


def _read_function(node: ast.FunctionDef | ast.AsyncFunctionDef, name: str, *, method: bool) -> Function:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    arguments: list[Argument] = []
    for index, arg in enumerate(positional):
        if method and index == 0:
            continue  # self / cls
        kind = "positional-only" if index < len(args.posonlyargs) else "positional"
        arguments.append(Argument(arg.arg, annotation_text(arg.annotation), kind, index >= first_default))
    if args.vararg is not None:
        arguments.append(Argument(args.vararg.arg, annotation_text(args.vararg.annotation), "var-positional", True))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        arguments.append(Argument(arg.arg, annotation_text(arg.annotation), "keyword-only", default is not None))
    if args.kwarg is not None:
        arguments.append(Argument(args.kwarg.arg, annotation_text(args.kwarg.annotation), "var-keyword", True))
    return Function(name, tuple(arguments), annotation_text(node.returns), isinstance(node, ast.AsyncFunctionDef))


def annotation_text(node: ast.expr | None) -> str | None:
    """An annotation in one canonical spelling: `Union[Unset, int]`, `int | Unset` and `"int | Unset"`
    all read `int | Unset`, so only real type changes are reported."""
    if node is None:
        return None
    # `None` last, otherwise alphabetical regardless of case: `int | Unset | None`.
    members = sorted(set(_union_members(node)), key=lambda member: (member == "None", member.lower(), member))
    return " | ".join(members)


def _union_members(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a forward reference
        try:
            return _union_members(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return [node.value]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    if isinstance(node, ast.Subscript):
        origin = ast.unparse(node.value).rsplit(".", 1)[-1]
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if origin == "Union":
            return [member for item in items for member in _union_members(item)]
        if origin == "Optional":
            return [*_union_members(items[0]), "None"]
        inner = ", ".join(annotation_text(item) or "" for item in items)
        return [f"{ast.unparse(node.value)}[{inner}]"]
    return [ast.unparse(node)]


# Comparing ------------------------------------------------------------------------------------------

B, N, D = ChangeLevel.BREAKING, ChangeLevel.NON_BREAKING, ChangeLevel.DOCUMENTATION

# id → (level, sentence); `{name}` is the Markdown-quoted Python name, `{old}` / `{new}` quoted values.
IMPACT_KINDS: Mapping[str, tuple[ChangeLevel, str]] = {
    "python-module-removed": (B, "{name} removed (with {old}): breaking for code importing it"),
    "python-module-added": (N, "{name} added (with {new})"),
    "python-code-changed": (
        D,
        "{name} changed with the same public names (a SpecFoundry or template upgrade): {new}",
    ),
    "python-class-removed": (B, "{name} removed: breaking for code importing or constructing it"),
    "python-class-added": (N, "{name} added"),
    "python-attribute-removed": (B, "{name} removed: breaking for callers reading or setting it"),
    "python-attribute-added": (N, "{name} added (optional, type {new})"),
    "python-required-attribute-added": (
        B,
        "{name} added as a required field (type {new}): breaking for callers constructing the class",
    ),
    "python-attribute-type-changed": (
        B,
        "{name} type changed from {old} to {new}: breaking for callers reading or setting it",
    ),
    "python-attribute-became-required": (
        B,
        "{name} became required: breaking for callers constructing the class without it",
    ),
    "python-attribute-became-optional": (N, "{name} became optional"),
    "python-enum-member-removed": (B, "{name} removed: breaking for callers using that value"),
    "python-enum-member-added": (N, "{name} added"),
    "python-function-removed": (B, "{name} removed: breaking for its callers"),
    "python-function-added": (N, "{name} added"),
    "python-return-type-changed": (
        B,
        "{name} return type changed from {old} to {new}: breaking for callers using the result",
    ),
    "python-argument-removed": (B, "{name} argument removed: breaking for callers passing it"),
    "python-argument-added": (N, "{name} optional argument added"),
    "python-required-argument-added": (
        B,
        "{name} required argument added (type {new}): breaking for every existing call",
    ),
    "python-argument-type-changed": (
        B,
        "{name} argument type changed from {old} to {new}: breaking for callers passing the old type",
    ),
    "python-argument-became-required": (B, "{name} argument became required: breaking for calls that omit it"),
    "python-argument-became-optional": (N, "{name} argument became optional"),
    "python-argument-became-keyword-only": (
        B,
        "{name} argument became keyword-only: breaking for calls passing it by position",
    ),
    "python-argument-became-positional-only": (
        B,
        "{name} argument became positional-only: breaking for calls passing it by name",
    ),
    "python-positional-arguments-reordered": (
        B,
        "{name} positional arguments reordered from {old} to {new}: breaking for calls passing them by position",
    ),
}


def _quote(text: str) -> str:
    return f"`{text}`"


class _Impacts:
    def __init__(self) -> None:
        self.items: list[PythonImpact] = []

    def add(
        self, kind: str, module: str, name: str, shown: str, old: str | None = None, new: str | None = None
    ) -> None:
        level, text = IMPACT_KINDS[kind]
        message = text.format(name=_quote(shown), old=_quote(old or "none"), new=_quote(new or "none"))
        self.items.append(PythonImpact(kind, level, module, name, f"{message[:1].upper()}{message[1:]}.", old, new))


def code_changed(package: str, files: list[str]) -> PythonImpact:
    """The package's code changed but not its public names: released as a patch, so that one version never
    stands for two different packages on an index."""
    shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    impacts = _Impacts()
    impacts.add("python-code-changed", ROOT_MODULE, package, package, new=f"{len(files)} file(s): {shown}")
    return impacts.items[0]


def compare_surfaces(old: Surface, new: Surface) -> list[PythonImpact]:
    """What a caller of the old package meets in the new one, sorted breaking first, then by module and name.
    A removed or added module (or class, or function) is one impact, not one per member."""
    impacts = _Impacts()
    for name in sorted(old.modules.keys() | new.modules.keys()):
        before, after = old.modules.get(name), new.modules.get(name)
        if after is None and before is not None:
            impacts.add("python-module-removed", name, name, name, old=", ".join(before.public_names()) or None)
        elif before is None and after is not None:
            impacts.add("python-module-added", name, name, name, new=", ".join(after.public_names()) or None)
        elif before is not None and after is not None:
            _compare_module(impacts, before, after)
    return sorted(impacts.items, key=lambda i: (i.level is not ChangeLevel.BREAKING, i.module, i.name, i.id))


def _compare_module(impacts: _Impacts, old: ModuleSurface, new: ModuleSurface) -> None:
    module = new.name
    for name in sorted(old.classes.keys() | new.classes.keys()):
        before, after = old.classes.get(name), new.classes.get(name)
        if after is None:
            impacts.add("python-class-removed", module, name, f"{module}.{name}")
        elif before is None:
            impacts.add("python-class-added", module, name, f"{module}.{name}")
        else:
            _compare_class(impacts, module, before, after)
    _compare_functions(impacts, module, old.functions, new.functions, qualify=True)


def _compare_class(impacts: _Impacts, module: str, old: ClassSurface, new: ClassSurface) -> None:
    for name in sorted(old.attributes.keys() | new.attributes.keys()):
        before, after = old.attributes.get(name), new.attributes.get(name)
        qualified = f"{new.name}.{name}"
        if after is None and before is not None:
            kind = "python-enum-member-removed" if before.kind == "enum-member" else "python-attribute-removed"
            impacts.add(kind, module, qualified, qualified, old=before.annotation)
        elif before is None and after is not None:
            if after.kind == "enum-member":
                impacts.add("python-enum-member-added", module, qualified, qualified)
            else:
                kind = "python-attribute-added" if after.has_default else "python-required-attribute-added"
                impacts.add(kind, module, qualified, qualified, new=after.annotation)
        elif before is not None and after is not None:
            if before.annotation != after.annotation:
                impacts.add(
                    "python-attribute-type-changed",
                    module,
                    qualified,
                    qualified,
                    old=before.annotation,
                    new=after.annotation,
                )
            if before.has_default and not after.has_default:
                impacts.add("python-attribute-became-required", module, qualified, qualified)
            elif after.has_default and not before.has_default:
                impacts.add("python-attribute-became-optional", module, qualified, qualified)
    _compare_functions(impacts, module, old.methods, new.methods, qualify=False)


def _compare_functions(
    impacts: _Impacts, module: str, old: Mapping[str, Function], new: Mapping[str, Function], *, qualify: bool
) -> None:
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if after is None and before is not None:
            name = before.name
            impacts.add("python-function-removed", module, name, f"{module}.{name}" if qualify else name)
        elif before is None and after is not None:
            name = after.name
            impacts.add("python-function-added", module, name, f"{module}.{name}" if qualify else name)
        elif before is not None and after is not None:
            _compare_signature(impacts, module, before, after, f"{module}.{after.name}" if qualify else after.name)


def _compare_signature(impacts: _Impacts, module: str, old: Function, new: Function, shown: str) -> None:
    if old.returns != new.returns:
        impacts.add("python-return-type-changed", module, new.name, f"{shown}()", old=old.returns, new=new.returns)
    old_args = {arg.name: arg for arg in old.arguments}
    new_args = {arg.name: arg for arg in new.arguments}
    for name in [*old_args, *(arg for arg in new_args if arg not in old_args)]:
        before, after = old_args.get(name), new_args.get(name)
        label, display = f"{new.name}({name})", f"{shown}({name})"
        if after is None and before is not None:
            impacts.add("python-argument-removed", module, label, display, old=before.annotation)
        elif before is None and after is not None:
            kind = "python-required-argument-added" if after.required else "python-argument-added"
            impacts.add(kind, module, label, display, new=after.annotation)
        elif before is not None and after is not None:
            if before.annotation != after.annotation:
                impacts.add(
                    "python-argument-type-changed", module, label, display, old=before.annotation, new=after.annotation
                )
            if before.required != after.required:
                kind = "python-argument-became-required" if after.required else "python-argument-became-optional"
                impacts.add(kind, module, label, display)
            if after.kind == "keyword-only" and before.kind in ("positional", "positional-only"):
                impacts.add("python-argument-became-keyword-only", module, label, display)
            elif after.kind == "positional-only" and before.kind in ("positional", "keyword-only"):
                impacts.add("python-argument-became-positional-only", module, label, display)
    old_order = [arg.name for arg in old.arguments if arg.kind in ("positional", "positional-only")]
    new_order = [arg.name for arg in new.arguments if arg.kind in ("positional", "positional-only")]
    common = [name for name in old_order if name in new_order]
    if common != [name for name in new_order if name in old_order]:
        impacts.add(
            "python-positional-arguments-reordered",
            module,
            f"{new.name}()",
            f"{shown}()",
            old=", ".join(old_order),
            new=", ".join(new_order),
        )
