"""Random YAML documents for the differential test, drawn from a grammar of
what templates contain: block and flow maps and sequences nested in each
other, every scalar style (plain, single- and double-quoted, literal and
folded blocks with every chomping and indentation indicator), scalars that
YAML 1.1 and 1.2 type differently, tags on every kind of node (short-form
functions, !!str/!!int/..., the non-specific !), indentation variants,
comments, CRLF and CR-only line ends, Unicode (also NEL, LS and PS, which
YAML 1.1 reads as line breaks), tabs inside scalars, directives and document
markers. A small share is then mutated (a character dropped, doubled or
replaced) so that refusals are compared too.

With plain_block=True it writes plain block YAML instead, the subset that
cfnpp's block scanner reads (lib/parse/block_scanner.hpp), and its edges:
'\n' line ends, no tab, no YAML 1.1 line break or byte order mark, no
directive, marker, explicit key or flow collection but the empty ones, one-line
quoted and plain scalars, literal block scalars without an indentation
indicator; the rest (nesting, tags, empty nodes, comments, keys, typed
scalars, Unicode, mutations) as in the general grammar.

The generator knows nothing of what a document means: the readers decide.
    gen = Generator(seed); text = gen.document()
    gen = Generator(seed, plain_block=True)
"""
import random

# Plain scalars that mean something other than a string in YAML 1.1 or 1.2,
# or nearly so, and ordinary template words.
TYPED_PLAIN = [
    "0", "7", "-7", "+7", "-0", "+0", "00", "007", "0755", "000400", "0_7", "08", "09", "0999", "010",
    "1_000", "1__0", "1_", "-1_0", "0x1F", "0x1f", "0X1F", "-0x1F", "0x_1", "0x", "0b101", "-0b1", "0b", "0b_1",
    "0o17", "1:20", "-1:20", "1:5", "1:60", "190:20:30", "1_0:3_0", "1:20.5", "190:20:30.15", "0:30.",
    "1.5", "-1.5", "+1.5", "1.", "1_.", ".5", "-.5", "+.5", "._5", ".5_", "1.5_0", "1_000.5", "012.5", "09.5",
    "1e3", "1E3", "1e+3", "1e-3", "1.0e3", "1.0e+3", "1.0E-3", "1.e+3", "12e03", "1.0e+400", "-1.0e-400",
    "1e400", "2.5e-07", "6.8523015e+5", "685.230_15e+03", "1.7976931348623157e+308", "5e-324", "4.9e-324",
    ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "inf", "nan", "-.NaN",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "123456789012345678901234567890", "0x10000000000000000", "0777777777777777777777777",
    "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE",
    "false", "False", "FALSE", "y", "Y", "n", "N", "yES", "tRUE",
    "~", "null", "Null", "NULL", "nULL", "=", "2010-09-09", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10",
    "1.2.3", "10.0.0.0/16", "1,000", "1 000", "0.0.0.0/0",
]
WORD_PLAIN = [
    "a", "b", "x", "Value", "AWS::S3::Bucket", "arn:aws:s3:::bucket/*", "${AWS::Region}", "t3.micro",
    "ami-0abc1234", "us-east-1a", "a b", "a  b", "a:b", "a#b", "a -b", "-x", "?x", ":x", "x:", "a,b", "a]b",
    "caf\u00e9", "\u65e5\u672c", "\U0001f600", "a\tb", "a'b", 'a"b', "a\\b", "%x", "@x", "`x", "a!b", "a&b",
    "a*b", "x|y", "x>y", "- x", "a\u00a0b", "a\ufeffb", "s3://b/k", "http://x:80/p?q=1#f", "echo ${X}",
]
# Characters for quoted and block scalar content.
ALPHABET = list("abcxyz ABC019.:#-,[]{}'\"\\|>!&*%@`?=~$") + [
    " ", " ", " ", "\t", "\u00e9", "\u00fc", "\u2028", "\u2029", "\u0085", "\u00a0", "\ufeff", "\U0001f600",
    "${AWS::Region}", "${!Literal}", "#!/bin/bash",
]
DOUBLE_ESCAPES = ["\\n", "\\t", "\\\\", '\\"', "\\x41", "\\u00e9", "\\U0001F600", "\\N", "\\_", "\\L", "\\P",
                  "\\0", "\\e", "\\a", "\\b", "\\v", "\\f", "\\r", "\\/", "\\ ", "\\\t", "\\x85", "\\xA0"]
FUNCTION_TAGS = ["!Ref", "!Sub", "!GetAtt", "!Join", "!If", "!Base64", "!Select", "!Split", "!FindInMap",
                 "!Equals", "!Not", "!And", "!Or", "!Condition", "!ImportValue", "!GetAZs", "!Cidr",
                 "!Transform", "!Length", "!ToJsonString"]
CORE_TAGS = ["!!str", "!!map", "!!seq", "!!int", "!!float", "!!bool", "!!null", "!", "!<!Ref>",
             "!<tag:yaml.org,2002:str>"]
REJECTED_TAGS = ["!!binary", "!!timestamp", "!!set", "!!omap", "!!pairs", "!Foo", "!Rain::Embed", "!!python/none"]
KEYS = ["Resources", "Type", "Properties", "Value", "Key", "Name", "a", "b", "c", "Fn::Sub", "Ref", "Condition",
        "Fn::GetAtt", "Fn::Join", "UserData", "Tags", "mode", "=", "2010-09-09", "k:v", "a b", "caf\u00e9",
        "Key With Spaces", "y", "n", "nULL", "0o17", "1e3", "-.5", "1.2.3", "x-1"]
# Keys a YAML 1.1 reader types (CloudFormation refuses them unquoted).
TYPED_KEYS = ["0", "1", "yes", "no", "NO", "null", "~", "on", "1.5", "0755", "1:20", "<<", "0x1F", ".inf"]


class Generator:
    def __init__(self, seed, plain_block=False):
        self.r = random.Random(seed)
        self.indent_step = 2
        self.line_end = "\n"
        self.plain_block = plain_block
        breaks = ("\t", "\u2028", "\u2029", "\u0085", "\ufeff")
        self.alphabet = [c for c in ALPHABET if c not in breaks] if plain_block else ALPHABET
        self.words = [w for w in WORD_PLAIN if not any(b in w for b in breaks)] if plain_block else WORD_PLAIN

    def chance(self, p):
        return self.r.random() < p

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    # ---- document ----------------------------------------------------

    def document(self):
        r = self.r
        self.indent_step = self.pick([1, 2, 2, 2, 3, 4])
        self.line_end = "\n" if self.plain_block else self.pick(["\n"] * 12 + ["\r\n"] * 3 + ["\r"])
        markup = 0 if self.plain_block else 1  # BOM, directives, markers, a flow root
        self.depth_budget = r.randint(1, 5)
        lines = []
        prefix = ""
        if self.chance(0.03 * markup):
            prefix = "\ufeff"
        if self.chance(0.08 * markup):
            lines.append(self.pick(["%YAML 1.1", "%YAML 1.2", "%YAML 1.1 # version", "%TAG !! tag:yaml.org,2002:"]))
            lines.append("---")
        elif self.chance(0.08 * markup):
            lines.append(self.pick(["---", "--- # start", "---  "]))
        if self.chance(0.1):
            lines.append("# " + self.text(0, 20).replace("\n", " "))
        if self.chance(0.1 * markup):
            lines.extend(self.flow_map(0, self.r.randint(0, 4)))
        else:
            lines.extend(self.block_map(0, r.randint(1, 6), self.depth_budget))
        if self.chance(0.05):
            lines.append(self.pick(["# end", ""] if self.plain_block else ["...", "# end", ""]))
        text = prefix + self.line_end.join(lines)
        if self.chance(0.9) or self.plain_block:
            text += self.line_end
        if self.chance(0.06):
            text = self.mutate(text)
        return text

    def mutate(self, text):
        r = self.r
        if not text:
            return text
        i = r.randrange(len(text))
        op = r.randrange(4)
        if op == 0:
            return text[:i] + text[i + 1:]
        if op == 1:
            return text[:i] + text[i] + text[i:]
        if op == 2:
            return text[:i] + self.pick([" ", "\t", "\n", ":", "-", "'", '"', "#", "!", "[", "{", "&"]) + text[i:]
        j = min(len(text), i + r.randint(1, 10))
        return text[:i] + text[j:]

    # ---- block collections -------------------------------------------

    def block_map(self, indent, count, depth):
        lines = []
        pad = " " * indent
        for _ in range(max(1, count)):
            if self.chance(0.06):
                lines.append(pad + "# " + self.text(0, 12).replace("\n", " ").replace("\r", " "))
            if self.chance(0.04):
                lines.append("")
            key = self.key()
            if self.chance(0 if self.plain_block else 0.03):
                # explicit key
                lines.append(pad + "? " + key)
                lines.extend(self.value_lines(indent, pad + ":", depth))
                continue
            lines.extend(self.value_lines(indent, pad + key + ":", depth))
        return lines

    def block_seq(self, indent, count, depth):
        lines = []
        pad = " " * indent
        for _ in range(max(1, count)):
            if self.chance(0.05):
                lines.append(pad + "# " + self.text(0, 12).replace("\n", " ").replace("\r", " "))
            lines.extend(self.seq_item(indent, pad + "-", depth))
        return lines

    def seq_item(self, indent, head, depth):
        """Lines of one sequence entry whose '-' is at `indent`."""
        r = self.r
        choice = r.randrange(10) if depth > 0 else r.randrange(5)
        if choice <= 4:
            return self.value_lines(indent, head, depth)
        child = indent + self.pick([2, 2, 2, 3, 4]) if self.chance(0.8) else indent + 1 + len(head) - indent
        if choice <= 6:
            # compact map: "- a: b" then the other keys aligned with "a"
            inner = indent + len(head) - indent + 1
            body = self.block_map(inner, r.randint(1, 3), depth - 1)
            first = body[0]
            return [head + " " + first[inner:]] + body[1:]
        if choice == 7:
            inner = indent + len(head) - indent + 1
            body = self.block_seq(inner, r.randint(1, 3), depth - 1)
            return [head + " " + body[0][inner:]] + body[1:]
        tag = self.collection_tag()
        lines = [head + (" " + tag if tag else "") + self.comment()]
        if self.chance(0.5):
            return lines + self.block_map(child, r.randint(1, 3), depth - 1)
        return lines + self.block_seq(child, r.randint(1, 3), depth - 1)

    def value_lines(self, indent, head, depth):
        """`head` ("key:" or "-", already indented) followed by a value."""
        r = self.r
        choice = r.randrange(12) if depth > 0 else r.randrange(7)
        if choice <= 3:
            return self.inline_scalar(indent, head)
        if choice <= 5:
            return self.block_scalar(indent, head)
        if choice == 6:
            if self.chance(0.3):
                return [head + self.comment()]  # null
            tag = self.pick(FUNCTION_TAGS + CORE_TAGS)
            return self.inline_scalar(indent, head + " " + tag)
        if choice <= 8:
            flow = self.pick(["[]", "{}"]) if self.plain_block else self.flow_node(depth - 1, 0)
            tag = self.collection_tag()
            return [head + " " + (tag + " " if tag else "") + flow + self.comment()]
        tag = self.collection_tag()
        lines = [head + (" " + tag if tag else "") + self.comment()]
        step = self.indent_step if self.chance(0.8) else self.pick([1, 2, 3, 4, 5])
        if choice <= 9:
            return lines + self.block_map(indent + step, r.randint(1, 4), depth - 1)
        seq_indent = indent if (head.endswith(":") and self.chance(0.4)) else indent + step
        return lines + self.block_seq(seq_indent, r.randint(1, 4), depth - 1)

    def collection_tag(self):
        if self.chance(0.7):
            return ""
        if self.chance(0.05):
            return self.pick(REJECTED_TAGS)
        return self.pick(FUNCTION_TAGS + ["!!map", "!!seq", "!"])

    def comment(self):
        if self.chance(0.9):
            return ""
        return self.pick([" # c", "  #", " #: x", " # 'q'"] + ([] if self.plain_block else ["\t# tab"]))

    # ---- scalars -------------------------------------------------------

    def key(self):
        r = self.r
        choice = r.randrange(40)
        if choice <= 23:
            return self.pick(KEYS)
        if choice <= 28:
            return "'" + self.pick(KEYS + TYPED_KEYS).replace("'", "''") + "'"
        if choice <= 32:
            return '"' + self.pick(KEYS + TYPED_KEYS) + '"'
        if choice <= 34:
            return "!!str " + self.pick(KEYS + TYPED_KEYS)
        if choice == 35:
            return self.pick(["!Ref", "!!int", "!", "!!null"]) + " " + self.pick(KEYS + TYPED_KEYS)
        if choice == 36:
            return self.pick(TYPED_KEYS)
        word = self.pick(WORD_PLAIN)
        return word if not word.startswith(("- ", "? ")) and ": " not in word and " #" not in word else "w"

    def inline_scalar(self, indent, head):
        r = self.r
        choice = r.randrange(10)
        if choice <= 3:
            text = self.plain()
            lines = [head + self.sep() + text]
            if self.chance(0 if self.plain_block else 0.1):
                # continuation lines of a multi-line plain scalar
                for _ in range(r.randint(1, 3)):
                    if self.chance(0.3):
                        lines.append("")
                    lines.append(" " * (indent + r.randint(1, 4)) + self.pick(WORD_PLAIN[:8] + TYPED_PLAIN[:10]))
            lines[-1] += self.comment()
            return lines
        if choice <= 6:
            return self.quoted(indent, head, "'")
        return self.quoted(indent, head, '"')

    def sep(self):
        return self.pick([" "] * 10 + ["  "] + ([] if self.plain_block else ["\t", " \t"]))

    def plain(self):
        if self.chance(0.5):
            return self.pick(TYPED_PLAIN)
        return self.pick(self.words)

    def text(self, low, high):
        return "".join(self.pick(self.alphabet) for _ in range(self.r.randint(low, high)))

    def quoted(self, indent, head, quote):
        r = self.r
        parts = []
        for _ in range(r.randint(0, 6)):
            k = r.randrange(10)
            if k <= 5:
                parts.append(self.text(0, 6))
            elif k <= 7 and not self.plain_block:
                parts.append("\n" * r.randint(1, 3) + " " * r.randint(0, 3))  # a line break in the source
            elif quote == '"':
                parts.append(self.pick([e for e in DOUBLE_ESCAPES if "\t" not in e] if self.plain_block
                                       else DOUBLE_ESCAPES + ["\\\n"]))
            else:
                parts.append("''")
        body = "".join(parts)
        if quote == "'":
            body = body.replace("'", "''").replace("''''", "''")
        else:
            body = body.replace('"', '\\"').replace('\\\\"', '\\"')
        if self.chance(0.15):
            body = self.pick(["", "  "] if self.plain_block else
                             ["", "\n", "\n\n", " \n ", "a\n\n\n  ", "\n\n\n", "  ", "a\n"]) + body[:0]
        # Continuation lines of a quoted scalar must be indented past the parent.
        source_lines = body.split("\n")
        cont = " " * (indent + 1)
        out = head + self.sep() + quote + source_lines[0]
        lines = [out]
        for piece in source_lines[1:]:
            lines.append((cont + piece) if piece.strip(" ") else piece)
        lines[-1] += quote + self.comment()
        return lines

    def block_scalar(self, indent, head):
        r = self.r
        style = "|" if self.plain_block else self.pick(["|", ">"])
        chomp = self.pick(["", "", "-", "+"])
        explicit = self.chance(0 if self.plain_block else 0.2)
        step = r.randint(1, 4)
        indicator = str(step) if explicit else ""
        header = style + (indicator + chomp if self.chance(0.5) else chomp + indicator)
        tag = ""
        if self.chance(0.35):
            tag = self.pick(["!Sub", "!Base64", "!!str", "!", "!Join"]) + " "
        lines = [head + " " + tag + header + self.comment()]
        base = indent + step
        content = []
        if self.chance(0.2):
            content.extend([""] * r.randint(1, 2))
        for _ in range(r.randint(0, 6)):
            k = r.randrange(10)
            extra = ""
            if k == 0:
                content.append("")
                continue
            if k == 1:
                extra = " " * r.randint(1, 3)  # more indented
            if k == 2 and not explicit and not content:
                extra = ""
            line = extra + self.text(0, 12).replace("\n", " ").replace("\r", " ")
            if k == 3:
                line = self.pick(["#!/bin/bash", "echo ${AWS::Region}", "- item", "key: value",
                                  "# not a comment", "---", "..."] + ([] if self.plain_block else ["\ttabbed"]))
            content.append(line)
        if self.chance(0.3):
            content.extend([""] * r.randint(1, 3))
        if self.chance(0.1):
            content.append(" " * r.randint(0, base + 2))  # a line of spaces only
        for line in content:
            if line == "" or line.strip(" ") == "":
                lines.append(line)
            elif line.lstrip(" ") in ("---", "...") and base == 0:
                lines.append(line)
            else:
                lines.append(" " * base + line)
        return lines

    # ---- flow collections ----------------------------------------------

    def flow_node(self, depth, nesting):
        r = self.r
        choice = r.randrange(8) if depth > 0 else r.randrange(4)
        if choice <= 3:
            return self.flow_scalar()
        if choice <= 5:
            return self.flow_seq_text(depth, nesting)
        return self.flow_map_text(depth, nesting)

    def flow_scalar(self):
        r = self.r
        k = r.randrange(10)
        tag = ""
        if self.chance(0.15):
            tag = self.pick(FUNCTION_TAGS + CORE_TAGS) + " "
        if k <= 4:
            text = self.plain()
            for c in ",[]{}":
                text = text.replace(c, "")
            if text.startswith(("- ", "? ", ": ", "#", "%", "@", "`", "|", ">", "'", '"', "!", "&", "*")) or not text:
                text = "x"
            return tag + text
        if k <= 7:
            return tag + "'" + self.text(0, 8).replace("'", "''") + "'"
        body = self.text(0, 8).replace("\\", "\\\\").replace('"', '\\"')
        return tag + '"' + body + self.pick(["", "\\n", "\\t", "\\u00e9"]) + '"'

    def flow_seq_text(self, depth, nesting):
        items = [self.flow_node(depth - 1, nesting + 1) for _ in range(self.r.randint(0, 4))]
        sep = self.pick([", ", ",", " , "])
        trailing = "," if items and self.chance(0.1) else ""
        return "[" + sep.join(items) + trailing + "]"

    def flow_map_text(self, depth, nesting):
        entries = []
        for _ in range(self.r.randint(0, 4)):
            key = self.pick(KEYS)
            if any(c in key for c in ",[]{}") or key.startswith(("'", '"')):
                key = "k"
            if self.chance(0.3):
                key = '"' + key + '"'
            sep = self.pick([": ", ": ", " : ", ":  "])
            if key.startswith('"') and self.chance(0.3):
                sep = ":"
            entries.append(key + sep + self.flow_node(depth - 1, nesting + 1))
        return "{" + self.pick([", ", ","]).join(entries) + "}"

    def flow_map(self, indent, count):
        """A whole document as one flow map, over several lines."""
        entries = []
        for _ in range(count):
            entries.append(" " * (indent + 2) + self.pick(KEYS[:12]) + ": " + self.flow_node(2, 1))
        if not entries:
            return ["{}"]
        return ["{"] + [e + "," for e in entries[:-1]] + [entries[-1], "}"]


if __name__ == "__main__":
    import sys

    g = Generator(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3):
        print(repr(g.document()))
