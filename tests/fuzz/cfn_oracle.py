"""The independent reader for the differential test: a template read as
CloudFormation reads it, built on PyYAML (YAML 1.1) and Python's json module,
sharing no code with cfnpp.

CloudFormation "supports the YAML Version 1.1 specification with a few
exceptions": no binary, omap, pairs, set or timestamp tags, no aliases, no
hash merges (template-formats.md). On top of PyYAML's 1.1 resolution that
means here:
  - implicit timestamps (2010-09-09) are strings; an explicit !!timestamp,
    !!binary, !!omap, !!pairs, !!set (and any other !! tag but str, int,
    float, bool, null, seq, map) is rejected;
  - anchors, aliases and merge keys (plain <<) are rejected;
  - map keys must be strings: CloudFormation answers "map keys must be
    strings; received numeric [1] instead" for a plain 1 as a key, so a key
    that resolves to anything but a string is rejected;
  - `!Name x` is {"Fn::Name": x} ({"Ref": x}, {"Condition": x}); a tagged
    scalar's argument is its text; `!GetAtt a.b.c` is ["a", "b.c"]; tags that
    are not CloudFormation functions are rejected;
  - the plain scalar `=` (YAML 1.1's "value" type, which has no meaning in a
    template) is the string "=";
  - the implicit patterns must match the whole scalar (PyYAML's `$` also
    matches before a final line break: `! |` over "1" would be 1);
  - a template is exactly one document holding a non-empty map.
A text that starts with '{' (after a byte order mark and white space) and
is JSON is read as JSON (numbers as JSON numbers: 1e3 is 1000.0 there).

read(text, pure) returns ("yaml"|"json", value) or raises Rejected. Values are
normalised so that Python's True == 1 == 1.0 cannot hide a difference: see
normalise().
"""
import json
import math
import re

import yaml

# The documented functions with a short form (intrinsic-function-reference-*.md,
# rules-section-structure.md), from the tag to the long name.
FUNCTIONS = {
    tag: ("Fn::" + tag if tag not in ("Ref", "Condition") else tag)
    for tag in (
        "Ref", "Condition", "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select",
        "Split", "Sub", "Transform", "Length", "ToJsonString", "And", "Equals", "If", "Not", "Or", "Contains",
        "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll", "GetStackOutput",
    )
}

# cfnpp reads a map whose only key is one of these as that function, so a
# template cannot be one (the rule functions Fn::Contains... stay maps).
LONG_NAMES = {"Ref", "Condition"} | {"Fn::" + name for name in (
    "GetAtt", "Sub", "Join", "Select", "Split", "If", "Base64", "GetAZs", "ImportValue", "FindInMap", "Cidr",
    "Length", "ToJsonString", "Equals", "And", "Or", "Not", "Transform")}

CORE = "tag:yaml.org,2002:"
ALLOWED_CORE_TAGS = {CORE + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}


class Rejected(Exception):
    """The template is not one CloudFormation reads."""


def _loader_class(base):
    class Loader(base):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, _anchored(regexp)) for tag, regexp in resolvers
                if tag not in (CORE + "timestamp", CORE + "value")]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }

    def construct_mapping(loader, node):
        if not isinstance(node, yaml.MappingNode):
            raise Rejected("%s on a %s" % (node.tag, node.id))
        result = {}
        for key_node, value_node in node.value:
            if key_node.tag == CORE + "merge":
                raise Rejected("merge key")
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != CORE + "str":
                raise Rejected("map key is not a string: %s" % key_node.tag)
            key = loader.construct_scalar(key_node)
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    def construct_function(loader, suffix, node):
        if suffix not in FUNCTIONS:
            raise Rejected("unknown tag !" + suffix)
        name = FUNCTIONS[suffix]
        if isinstance(node, yaml.ScalarNode):
            value = loader.construct_scalar(node)
            if name == "Fn::GetAtt":
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = [loader.construct_object(item, deep=True) for item in node.value]
        else:
            value = construct_mapping(loader, node)
        return {name: value}

    def reject_tag(loader, suffix, node):
        raise Rejected("tag " + CORE + suffix)

    Loader.add_constructor(CORE + "map", construct_mapping)
    Loader.add_multi_constructor("!", construct_function)
    for tag in list(Loader.yaml_constructors):
        if tag is not None and tag.startswith(CORE) and tag not in ALLOWED_CORE_TAGS:
            del_constructor(Loader, tag)
    Loader.add_multi_constructor(CORE, reject_tag)
    Loader.add_constructor(None, reject_node)
    return Loader


def _anchored(regexp):
    """The pattern ending at the end of the text: PyYAML's `$` also matches
    before a final line break, so that `! |` over the line "1" would be the
    integer 1. YAML's patterns describe the whole scalar; cfnpp follows them."""
    assert regexp.pattern.endswith("$")
    return re.compile(regexp.pattern[:-1] + r"\Z", regexp.flags)


def reject_node(loader, node):
    raise Rejected("tag " + str(node.tag))


def del_constructor(loader_class, tag):
    constructors = dict(loader_class.yaml_constructors)
    del constructors[tag]
    loader_class.yaml_constructors = constructors


PURE = _loader_class(yaml.SafeLoader)
LIBYAML = _loader_class(yaml.CSafeLoader)


def _check_events(text, loader):
    documents = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise Rejected("alias")
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            raise Rejected("anchor")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise Rejected("second document")


def _json_constant(name):
    raise Rejected("JSON has no " + name)


def _looks_like_json(text):
    stripped = text[1:] if text.startswith("\ufeff") else text
    stripped = stripped.lstrip(" \t\r\n")
    return stripped.startswith("{"), stripped


def read(text, pure=False):
    """("yaml"|"json", normalised value) for a str, or Rejected."""
    is_brace, stripped = _looks_like_json(text)
    if is_brace:
        try:
            value = json.loads(stripped, parse_constant=_json_constant)
            return "json", _check_root(normalise(value))
        except ValueError:
            pass
    loader = PURE if pure else LIBYAML
    try:
        _check_events(text, loader)
        value = yaml.load(text, Loader=loader)
    except Rejected:
        raise
    except RecursionError as e:
        raise Rejected("too deep") from e
    except Exception as e:  # PyYAML's own errors, and the ValueError of int('', 2) for `0b_`
        raise Rejected("%s: %s" % (type(e).__name__, e)) from e
    return "yaml", _check_root(normalise(value))


def _check_root(value):
    if value is None:
        raise Rejected("empty")
    if not isinstance(value, dict):
        raise Rejected("not a map")
    if len(value) == 1 and next(iter(value)) in LONG_NAMES:
        raise Rejected("a function, not a map of sections")
    return value


class Float:
    """A float that equals another when both are the same IEEE value (NaN equals NaN, -0.0 is not 0.0)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = float(value)

    def key(self):
        if math.isnan(self.value):
            return "nan"
        return self.value.hex()

    def __eq__(self, other):
        return isinstance(other, Float) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return "float(%r)" % self.value


class Int(int):
    """An integer that is not equal to a boolean or a float."""

    def __eq__(self, other):
        return type(other) is Int and int(self) == int(other)

    def __ne__(self, other):
        return not self == other

    __hash__ = int.__hash__

    def __repr__(self):
        return "int(%d)" % int(self)


class Bool:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = bool(value)

    def __eq__(self, other):
        return isinstance(other, Bool) and self.value == other.value

    def __hash__(self):
        return hash(("bool", self.value))

    def __repr__(self):
        return "true" if self.value else "false"


def normalise(value):
    """Python values where 1, 1.0 and True are three different things."""
    if isinstance(value, bool):
        return Bool(value)
    if isinstance(value, int):
        return Int(value)
    if isinstance(value, float):
        return Float(value)
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if value is None or isinstance(value, str):
        return value
    raise Rejected("unexpected %s" % type(value).__name__)


_INT_TEXT = re.compile(r"-?[0-9]+\Z")


def from_dump(node):
    """The normalised value of read_dump's typed array (marks dropped)."""
    kind = node[0]
    if kind == "null":
        return None
    if kind == "bool":
        return Bool(node[1])
    if kind == "int":
        return Int(int(node[1]))
    if kind == "float":
        return Float(node[1])
    if kind == "numeral":
        text = node[1]
        if _INT_TEXT.match(text):
            return Int(int(text))
        special = {".inf": math.inf, "-.inf": -math.inf, ".nan": math.nan}
        return Float(special[text] if text in special else float(text))
    if kind == "str":
        return node[1]
    if kind == "list":
        return [from_dump(item) for item in node[1]]
    if kind == "map":
        return {entry[0]: from_dump(entry[1]) for entry in node[1]}
    raise ValueError("unknown node kind %r" % kind)


def marks(text):
    """{path: (line, column)} of every node and key of a YAML template as
    libyaml (PyYAML's C loader) marks them, 1-based, the column in bytes; a
    path is a tuple of map keys and list indexes, ("key", k) for the key k
    itself. A function tag's node marks its function map, key and argument."""
    root = yaml.compose(text, Loader=LIBYAML)
    out = {}

    def where(mark):
        start = mark.index - mark.column
        return (mark.line + 1, len(text[start:mark.index].encode("utf-8")) + 1)

    def walk(node, path):
        here = where(node.start_mark)
        out[path] = here
        if node.tag.startswith("!") and node.tag[1:] in FUNCTIONS:
            name = FUNCTIONS[node.tag[1:]]
            out[path + ("key", name)] = here
            path = path + (name,)
            out[path] = here
            if isinstance(node, yaml.ScalarNode):
                if name == "Fn::GetAtt":
                    for i in range(len(node.value.split(".", 1))):
                        out[path + (i,)] = here
                return
        if isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, path + (i,))
        elif isinstance(node, yaml.MappingNode):
            last = {key.value: (key, value) for key, value in node.value}  # a duplicate key's last value wins
            for key, value in last.values():
                out[path + ("key", key.value)] = where(key.start_mark)
                walk(value, path + (key.value,))

    if text.startswith("\ufeff"):
        text = text[1:]  # libyaml does not count it
    walk(root, ())
    return out


# The YAML 1.2 core schema (YAML 1.2.2, 10.3.2): what a 1.2 reader types.
_YAML_1_2_TYPED = re.compile(r"""(?x)
      null|Null|NULL|~|
    | true|True|TRUE|false|False|FALSE
    | [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
    | [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
    | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
    """)


def typed_by_yaml_1_2(plain):
    """A plain scalar a YAML 1.2 (core schema) reader takes for something other than a string."""
    return _YAML_1_2_TYPED.fullmatch(plain) is not None


def plain_strings(text):
    """The plain, untagged scalars of a YAML text that PyYAML reads as strings."""
    out = []

    def walk(node):
        if isinstance(node, yaml.ScalarNode):
            if node.style is None and node.tag == CORE + "str":
                out.append(node.value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(key)
                walk(value)

    walk(yaml.compose(text, Loader=LIBYAML))
    return out


def template_files(paths):
    """The files named, and every file under the directories named (LICENSE.txt aside), sorted."""
    import os

    out = []
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                out.extend(os.path.join(root, n) for n in names if n != "LICENSE.txt")
        else:
            out.append(path)
    return sorted(out)
