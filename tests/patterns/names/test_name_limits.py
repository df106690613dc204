"""Every string the checked-in templates build from the stack's own name or
id (physical names, tag values, ...) fits the limits of the property it is
given, for every stack name CloudFormation accepts (1 to 128 characters,
a letter then letters, digits and hyphens) and in every partition.

The limits are the CloudFormation registry schemas of ../shared/schemas
(maxLength, minLength and pattern of each property, followed through $ref),
not the code under test; Fn::Sub is evaluated by tests/patterns/fn_sub.py,
the other functions here from their documented behaviour."""
import itertools
import json
import os
import re
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from cfn_yaml import load  # noqa: E402
from fn_sub import evaluate_sub  # noqa: E402

TEMPLATES = sorted(Path(p) for p in os.environ["CFNPP_TEMPLATES"].split(os.pathsep))
SCHEMAS = Path(os.environ["CFNPP_SCHEMAS"])
UUID = "1c2fa620-982a-11e3-aff7-50e2416294e0"


def stack(name, partition, region):
    account = "123456789012"
    return {"AWS::StackName": name, "AWS::Partition": partition, "AWS::Region": region,
            "AWS::AccountId": account, "AWS::URLSuffix": "amazonaws.com",
            "AWS::StackId": f"arn:{partition}:cloudformation:{region}:{account}:stack/{name}/{UUID}"}


# The shortest and the longest stack names, in the partitions with the longest names.
STACKS = [stack("a", "aws", "eu-west-1"),
          stack("S" + "-x" * 63 + "9", "aws-us-gov", "us-gov-west-1"),
          stack("A" + "b" * 127, "aws-iso-b", "us-isob-east-1")]
assert all(len(s["AWS::StackName"]) <= 128 for s in STACKS)


class Unknown(Exception):
    """The value depends on a parameter or a resource: not this test's to judge."""


def evaluate(value, pseudo):
    """Every string `value` can be with these pseudo parameters (both branches of
    each Fn::If); raises Unknown when it depends on anything else."""
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, (str, int, float)):
        return [str(value)]
    if not isinstance(value, dict) or len(value) != 1:
        raise Unknown()
    (name, arg), = value.items()
    if name == "Ref":
        if arg in pseudo:
            return [pseudo[arg]]
        raise Unknown()
    if name == "Fn::If":
        out = []
        for branch in arg[1:]:
            if branch != {"Ref": "AWS::NoValue"}:
                out += evaluate(branch, pseudo)
        return out
    if name == "Fn::Sub":
        text, variables = (arg, {}) if isinstance(arg, str) else arg
        names = list(variables)
        choices = [evaluate(variables[n], pseudo) for n in names]
        out = []
        for combination in itertools.product(*choices):
            try:
                out.append(evaluate_sub(text, {**pseudo, **dict(zip(names, combination))}))
            except KeyError:
                raise Unknown() from None
        return out
    if name == "Fn::Join":
        separator, items = arg
        if not isinstance(items, list):
            raise Unknown()
        return [separator.join(c) for c in itertools.product(*(evaluate(i, pseudo) for i in items))]
    if name == "Fn::Select":
        index, items = arg
        lists = evaluate_list(items, pseudo)
        return [l[int(index)] for l in lists]
    raise Unknown()


def evaluate_list(value, pseudo):
    if isinstance(value, dict) and list(value) == ["Fn::Split"]:
        separator, text = value["Fn::Split"]
        return [s.split(separator) for s in evaluate(text, pseudo)]
    raise Unknown()


class Schema:
    def __init__(self, resource_type):
        file = SCHEMAS / (resource_type.replace("::", "-").lower() + ".json")
        self.doc = json.loads(file.read_text()) if file.exists() else None

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            path = node["$ref"].lstrip("#/").split("/")
            node = self.doc
            for step in path:
                node = node[step]
        return node


def strings(schema, node, value, path):
    """(path, constraints, value) for each value under `value` whose schema node
    constrains a string."""
    node = schema.resolve(node)
    if not isinstance(node, dict):
        return
    constraints = {k: node[k] for k in ("maxLength", "minLength", "pattern") if k in node}
    if constraints and not isinstance(value, (list,)) and not (isinstance(value, dict) and len(value) > 1):
        yield path, constraints, value
        return
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) == "Fn::If":
        for branch in value["Fn::If"][1:]:
            yield from strings(schema, node, branch, path)
        return
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            yield from strings(schema, node["items"], item, f"{path}.{i}")
    elif isinstance(value, dict) and "properties" in node:
        for key, item in value.items():
            if key in node["properties"]:
                yield from strings(schema, node["properties"][key], item, f"{path}.{key}")


def problems(constraints, text):
    out = []
    if "maxLength" in constraints and len(text) > constraints["maxLength"]:
        out.append(f"{len(text)} characters, more than {constraints['maxLength']}")
    if "minLength" in constraints and len(text) < constraints["minLength"]:
        out.append(f"{len(text)} characters, fewer than {constraints['minLength']}")
    if "pattern" in constraints:
        try:
            pattern = re.compile(constraints["pattern"])
        except re.error:  # ECMA-262 only (\\p{L}...): the lengths are still judged
            return out
        if not pattern.search(text):
            out.append(f"does not match {constraints['pattern']}")
    return out


def judged(template):
    """(resource path, problems) of every string built from the stack's pseudo parameters."""
    out = []
    for logical_id, resource in template["Resources"].items():
        schema = Schema(resource["Type"])
        if schema.doc is None:
            continue
        root = {"properties": schema.doc.get("properties", {})}
        for path, constraints, value in strings(schema, root, resource.get("Properties", {}), logical_id):
            for pseudo in STACKS:
                try:
                    texts = evaluate(value, pseudo)
                except Unknown:
                    break
                for text in texts:
                    out.append((path, pseudo["AWS::StackName"], text, problems(constraints, text)))
    return out


class NameLimitsTest(unittest.TestCase):
    def test_every_string_built_from_the_stack_fits_its_property(self):
        for file in TEMPLATES:
            with self.subTest(template=file.name):
                found = judged(load(file))
                self.assertTrue(found, "nothing judged: the test would pass on anything")
                wrong = sorted({f"{path} ({len(name)}-character stack name): {len(text)} characters: {'; '.join(p)}"
                                for path, name, text, p in found if p})
                self.assertEqual(wrong, [], file.name)

    def test_the_names_aws_requires_are_judged(self):
        """The physical names that must fit (no generated name to fall back on) are among those judged."""
        expected = {"MutableInstance.yaml": {"BackupVault.BackupVaultName", "PatchBaseline.Name",
                                             "PatchWindow.Name"}}
        for file in TEMPLATES:
            if file.name in expected:
                paths = {path for path, _, _, _ in judged(load(file))}
                self.assertLessEqual(expected[file.name], paths)

    def test_a_name_too_long_for_a_long_stack_is_found(self):
        template = {"Resources": {"Vault": {"Type": "AWS::Backup::BackupVault", "Properties": {
            "BackupVaultName": {"Fn::Sub": "${AWS::StackName}-backup-vault"}}}}}
        wrong = [(path, name) for path, name, _, p in judged(template) if p]
        self.assertEqual([path for path, _ in wrong], ["Vault.BackupVaultName"] * 2)


if __name__ == "__main__":
    unittest.main()
