"""The functions' code in the template (compacted: no comments or docstrings,
2-space indents, so the template fits 51,200 bytes) is the same program as
the source these tests exercise: equal syntax trees once the source's
docstrings are set aside. Reads the template the driver writes ($AUTOHEAL_DRIVER)."""
import ast
import json
import os
import subprocess
import unittest

from lambda_support import ROOT


def without_docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                node.body = node.body[1:] or [ast.Pass()]
    return tree


class DeployedCodeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        out = subprocess.run([os.environ["AUTOHEAL_DRIVER"], "--format", "json"], check=True,
                             capture_output=True, text=True).stdout
        cls.resources = json.loads(out)["Resources"]

    def check(self, function, source):
        deployed = self.resources[function]["Properties"]["Code"]["ZipFile"]
        text = (ROOT / "lib/patterns/autoheal" / source).read_text()
        self.assertEqual(ast.dump(ast.parse(deployed)), ast.dump(without_docstrings(ast.parse(text))))
        self.assertLess(len(deployed), len(text))
        self.assertTrue(deployed.startswith(f"# lib/patterns/autoheal/{source}, without its comments\n"))

    def test_device_attachment(self):
        self.check("DeviceAttachment", "device_attachment.py")

    def test_scaleup(self):
        self.check("AutohealScaleup", "scaleup.py")


if __name__ == "__main__":
    unittest.main()
