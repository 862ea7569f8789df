"""Build hook: the shipped data goes into the package, so a wheel runs without the source tree.

Everything else about the distribution is in ``pyproject.toml``. What this adds: ``build_py``
copies the default config, the policy, the privacy statement example and the NER model from
``config/`` and ``models/`` into ``pipelines/_shipped/`` (same layout), where
:mod:`pipelines.shipped` finds them in an installed package. Why a copy at build time and not
package data in place: the files stay where the training recipe, the benchmarks and every
editable install (which skips this copy and reads the checkout) expect them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: shipped files and directories, relative to the project root; MANIFEST.in puts the same
#: ones in an sdist, so a wheel built from the sdist carries them too
SHIPPED_FILES = (
    "config/privacywacht.toml",
    "config/policy.toml",
    "config/privacy_statement.md",
)
SHIPPED_TREES = ("models/nl_privacy_ner",)
TARGET = Path("pipelines") / "_shipped"


def shipped_sources() -> list[Path]:
    """Every shipped file, relative to the project root (a missing one fails the build)."""
    files = [Path(name) for name in SHIPPED_FILES]
    for tree in SHIPPED_TREES:
        found = sorted(p.relative_to(ROOT) for p in (ROOT / tree).rglob("*") if p.is_file())
        if not found:
            raise FileNotFoundError(f"{tree} is empty or missing: the wheel would have no model")
        files += [p for p in found if "__pycache__" not in p.parts]
    for name in files:
        if not (ROOT / name).is_file():
            raise FileNotFoundError(f"{name} is missing: the wheel would run without it")
    return files


class BuildWithShippedData(build_py):
    """``build_py`` that also copies the shipped data into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads config/ and models/ in the checkout
        for name in shipped_sources():
            target = Path(self.build_lib) / TARGET / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        return [*outputs, *(str(Path(self.build_lib) / TARGET / n) for n in shipped_sources())]


setup(cmdclass={"build_py": BuildWithShippedData})
