"""Where the shipped data lives: the default config, the policy, the privacy statement example
and the NER model — in a checkout, or inside the installed package.

Why: in a source checkout (and an editable install) these files sit in ``config/`` and
``models/`` beside the packages. A wheel has no such tree: the build copies them into
``pipelines/_shipped/`` with the same layout (``setup.py``), so that ``pip install .`` or a
container gets the shipped model and defaults without the source. One function decides which
of the two roots is in use; every default path is taken relative to it.

Pure and import-light on purpose: the settings, the policy loader and the build all need it
before anything heavy is loaded.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: the copy a wheel carries (see setup.py); absent in a checkout
SHIPPED_DIR = PACKAGE_DIR / "_shipped"
#: the project root of a source checkout
CHECKOUT_DIR = PACKAGE_DIR.parent

DEFAULT_CONFIG = Path("config") / "privacywacht.toml"
DEFAULT_POLICY = Path("config") / "policy.toml"
DEFAULT_MODEL = Path("models") / "nl_privacy_ner"


def data_root() -> Path:
    """The directory that holds ``config/`` and ``models/``: the package's copy when it was
    installed from a wheel, else the checkout."""
    if (SHIPPED_DIR / DEFAULT_CONFIG).is_file():
        return SHIPPED_DIR
    return CHECKOUT_DIR


def resolve_data_path(value: str | Path, root: Path | None = None) -> Path:
    """A configured path: absolute as given; relative to the working directory when it exists
    there (a user's own policy or model), else to the shipped data (``config/policy.toml``,
    ``models/nl_privacy_ner`` name the shipped files wherever privacywacht is installed)."""
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    if path.exists():
        return path.absolute()
    return (root or data_root()) / path
