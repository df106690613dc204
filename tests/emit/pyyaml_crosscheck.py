"""Reads cfnpp's YAML with PyYAML (the parser cfn-lint uses) and checks it
means exactly what cfnpp's JSON says: every string stays a string, every
short-form tag maps to its long form."""
import json
import subprocess
import sys

import yaml


class CfnLoader(yaml.SafeLoader):
    pass


def construct_tag(loader, tag_suffix, node):
    name = tag_suffix if tag_suffix in ("Ref", "Condition") else "Fn::" + tag_suffix
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if name == "Fn::GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {name: value}


CfnLoader.add_multi_constructor("!", construct_tag)
# CloudFormation reads timestamps as strings; cfnpp quotes them anyway.
CfnLoader.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in CfnLoader.yaml_implicit_resolvers.items()
}


def main():
    output = subprocess.run([sys.argv[1]], check=True, capture_output=True).stdout
    yaml_text, json_text = output.split(b"\0")
    from_yaml = yaml.load(yaml_text.decode("utf-8"), Loader=CfnLoader)
    from_json = json.loads(json_text.decode("utf-8"))
    if from_yaml != from_json:
        for key in from_json:
            if from_yaml.get(key) != from_json[key]:
                print(f"section {key} differs", file=sys.stderr)
                if isinstance(from_json[key], list):
                    for a, b in zip(from_yaml[key], from_json[key]):
                        if a != b:
                            print(f"  yaml: {a!r}\n  json: {b!r}", file=sys.stderr)
                elif isinstance(from_json[key], dict):
                    for k in from_json[key]:
                        if from_yaml[key].get(k) != from_json[key][k]:
                            print(f"  {k!r}: yaml {from_yaml[key].get(k)!r} json {from_json[key][k]!r}",
                                  file=sys.stderr)
        return 1
    print(f"PyYAML {yaml.__version__} agrees with the JSON on {len(from_json['Values'])} strings and the stack")
    return 0


if __name__ == "__main__":
    sys.exit(main())
