"""Keep redaction off the network.

Presidio imports ``tldextract``, whose module-level extractor fetches the public suffix list
over HTTP the first time anything calls it. privacywacht opens no sockets at run time, so the
extractor is swapped for one that uses only the snapshot bundled with the package.
"""

from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def forbid_suffix_list_download() -> None:
    """Make ``tldextract.extract`` use its bundled snapshot and never fetch or cache."""
    import tldextract.tldextract as module

    module.TLD_EXTRACTOR = module.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )
