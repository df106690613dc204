"""Fn::Sub evaluated from CloudFormation's documented rules, independently of
lib/sub: the oracle the Python tests of generated scripts render them with."""
import re


def evaluate_sub(text, values):
    """${Name} becomes values[Name] (KeyError if absent), ${!Literal} becomes
    ${Literal}; a name CloudFormation rejects raises ValueError."""

    def replace(match):
        body = match.group(1)
        if body.startswith("!"):
            return "${" + body[1:] + "}"
        if not re.fullmatch(r"[A-Za-z0-9_.:]+", body):
            raise ValueError("CloudFormation rejects the variable name " + repr(body))
        return values[body]

    return re.sub(r"\$\{([^}]*)\}", replace, text)
