"""Templates read as CloudFormation reads them, for the Python tests of the
stacks: PyYAML with the short-form tags (!Sub, !Ref, ...) as their long forms."""
import yaml


class CloudFormationLoader(yaml.SafeLoader):
    """Reads the short-form tags as {"Fn::X": value} / {"Ref": value} / {"Condition": value}."""


def _construct_tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    name = suffix if suffix in ("Ref", "Condition") else "Fn::" + suffix
    return {name: value}


CloudFormationLoader.add_multi_constructor("!", _construct_tag)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=CloudFormationLoader)
