"""Random template values for the emitter property test (differential.py
--values): each is written as a JSON document by Python's json module (not by
cfnpp), so what it means is known without cfnpp; cfnpp reads it and writes it
as YAML and JSON, and PyYAML and json must read both back to the same data.

The strings are the ones emitters get wrong: every plain scalar YAML 1.1 or
1.2 types (yaml_generator.TYPED_PLAIN), indicators and comment markers at
either end, leading and trailing spaces and line breaks, control characters,
NEL/LS/PS and the BOM, tabs, long lines, '${...}'. Numbers include integers
beyond 64 bits and doubles from the subnormal to the largest; functions
appear in both forms cfnpp writes (short tags, and the long form when a
function's argument is a function or a number).

    gen = ValueGenerator(seed); text = gen.document()
"""
import json
import random

import yaml_generator

EDGES = ["", " ", "  ", "-", "- ", "? ", ": ", ":", "#", " #", "# x", "%", "@", "`", "!", "&", "*", "|", ">",
         "'", '"', "[", "]", "{", "}", ",", "---", "...", "\n", "\n\n", "\r\n", "\r", "\t", "\u0085", "\u2028",
         "\u2029", "\ufeff", "\u00a0", "\x7f", "\x01", "\x1b", "\\", "${AWS::Region}", "${!Literal}"]
FUNCTIONS = ["Ref", "Fn::Sub", "Fn::GetAtt", "Fn::Join", "Fn::If", "Fn::Base64", "Fn::Select", "Fn::Split",
             "Fn::FindInMap", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition", "Fn::ImportValue",
             "Fn::GetAZs", "Fn::Cidr", "Fn::Length", "Fn::ToJsonString"]


class ValueGenerator:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def document(self):
        root = {self.key(): self.value(self.r.randint(1, 4)) for _ in range(self.r.randint(1, 6))}
        root.setdefault("Resources", {})
        return json.dumps(root, ensure_ascii=self.r.random() < 0.3, indent=self.pick([None, 1, 2]))

    def key(self):
        return self.string() if self.r.random() < 0.4 else self.pick(yaml_generator.KEYS + yaml_generator.TYPED_KEYS)

    def string(self):
        r = self.r
        choice = r.randrange(6)
        if choice == 0:
            return self.pick(yaml_generator.TYPED_PLAIN)
        if choice == 1:
            return self.pick(yaml_generator.WORD_PLAIN)
        if choice == 2:  # a word with edges at either end
            return self.pick(EDGES) + self.pick(yaml_generator.WORD_PLAIN + yaml_generator.TYPED_PLAIN) + self.pick(EDGES)
        if choice == 3:  # lines of text, as user data has
            lines = ["".join(self.pick(yaml_generator.ALPHABET) for _ in range(r.randint(0, 12)))
                     for _ in range(r.randint(1, 5))]
            return self.pick(["\n", "\r\n", "\n\n"]).join(lines) + self.pick(["", "\n", "\n\n", " ", "\n "])
        if choice == 4:
            return "".join(self.pick(EDGES + yaml_generator.ALPHABET) for _ in range(r.randint(0, 8)))
        return self.pick(yaml_generator.ALPHABET) * r.randint(1, 300)

    def number(self):
        r = self.r
        choice = r.randrange(6)
        if choice == 0:
            return r.randint(-20, 20)
        if choice == 1:
            return r.randint(-2 ** 70, 2 ** 70)
        if choice == 2:
            return self.pick([0.0, -0.0, 0.5, 1.0, 1e21, 1e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308])
        if choice == 3:
            return r.uniform(-1e6, 1e6)
        if choice == 4:
            return r.random() * 10 ** r.randint(-320, 308)
        return r.randint(-2 ** 63, 2 ** 63 - 1)

    def function(self, depth):
        name = self.pick(FUNCTIONS)
        r = self.r
        if name == "Fn::GetAtt":
            arg = [self.pick(["A", "Db", "R1"]), self.pick(["Arn", "Endpoint.Address", "b"])]
            return {name: arg if r.random() < 0.7 else ".".join(arg)}
        if depth <= 0 or r.random() < 0.5:
            arg = self.string() if r.random() < 0.8 else self.number()
        else:
            arg = self.value(depth - 1)
        return {name: arg}

    def value(self, depth):
        r = self.r
        choice = r.randrange(10 if depth > 0 else 6)
        if choice in (0, 1, 2):
            return self.string()
        if choice == 3:
            return self.number()
        if choice == 4:
            return self.pick([True, False, None])
        if choice == 5:
            return self.function(depth)
        if choice in (6, 7):
            return [self.value(depth - 1) for _ in range(r.randint(0, 4))]
        value = {self.key(): self.value(depth - 1) for _ in range(r.randint(0, 4))}
        # A map of one function name is the function: keep maps maps.
        if len(value) == 1 and next(iter(value)) in FUNCTIONS + ["Fn::Transform"]:
            value["x"] = 1
        return value
