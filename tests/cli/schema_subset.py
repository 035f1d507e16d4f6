"""A validator for the subset of JSON Schema that docs/output.schema.json uses.

Used when the `jsonschema` package is not installed (Debian:
python3-jsonschema; scripts/install-deps.sh installs it), so the schema test
runs everywhere. It knows these keywords and fails loudly on any other, so a
schema edit cannot silently go unchecked: type, const, enum, pattern,
minimum, required, properties, additionalProperties, items, anyOf, allOf,
not, if/then, $ref (to "#/$defs/..."). Annotations (title, description,
$schema, $id, $defs) are ignored.
"""
import re

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class ValidationError(Exception):
    pass


def _errors(value, schema, root, path):
    """Yields error messages; empty when `value` is valid."""
    for key in schema:
        if key in _ANNOTATIONS or key in _KEYWORDS or key == "then":
            continue
        raise ValueError(f"schema_subset: unsupported keyword {key!r}")
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"schema_subset: unsupported $ref {ref!r}")
        yield from _errors(value, root["$defs"][ref[len("#/$defs/"):]], root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            yield f"{path}: {value!r} is not of type {types}"
            return
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        yield f"{path}: {value!r} is not {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        yield f"{path}: {value!r} is not one of {schema['enum']}"
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        yield f"{path}: {value!r} does not match {schema['pattern']!r}"
    if "minimum" in schema and _TYPES["number"](value) and value < schema["minimum"]:
        yield f"{path}: {value!r} is less than {schema['minimum']}"
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                yield f"{path}: {name!r} is required"
        properties = schema.get("properties", {})
        for name, member in value.items():
            if name in properties:
                yield from _errors(member, properties[name], root, f"{path}.{name}")
            elif schema.get("additionalProperties", True) is False:
                yield f"{path}: unexpected member {name!r}"
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            yield from _errors(item, schema["items"], root, f"{path}[{i}]")
    if "anyOf" in schema:
        if not any(not list(_errors(value, s, root, path)) for s in schema["anyOf"]):
            yield f"{path}: matches none of anyOf"
    for sub in schema.get("allOf", []):
        yield from _errors(value, sub, root, path)
    if "not" in schema and not list(_errors(value, schema["not"], root, path)):
        yield f"{path}: must not match {schema['not']}"
    if "if" in schema and not list(_errors(value, schema["if"], root, path)):
        yield from _errors(value, schema.get("then", {}), root, path)


_KEYWORDS = {"$ref", "type", "const", "enum", "pattern", "minimum", "required",
             "properties", "additionalProperties", "items", "anyOf", "allOf",
             "not", "if"}


def validate(instance, schema):
    """Raises ValidationError with every problem found in `instance`."""
    errors = list(_errors(instance, schema, schema, "$"))
    if errors:
        raise ValidationError("; ".join(errors))
