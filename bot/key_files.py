"""Start-up check: the key files must be there when the data they protect is.

Two files hold keys: ``keys.json`` (the message store's audit digests and conversation
memory, :mod:`bot.store.keys`) and ``register-keys.json`` (the register's encryption and
HMAC keys, :mod:`bot.register_config`). Both are created with fresh keys on first start. A
fresh key beside old data is worse than no start: the old digests can no longer be checked
(keys.json), or no earlier requester is recognised and the service stops half-way with a stray
new key file (register-keys.json). So when the data is there and its key file is not, the
service refuses to start — naming the file and what to restore — before it writes anything;
new keys are only made beside a database without data.
"""

from __future__ import annotations

from pathlib import Path

from bot.register_config import RegisterConfig, missing_key_file_error
from bot.retention import DB_FILE
from bot.settings import SettingsError
from bot.store.db import holds_data
from bot.store.keys import KEYRING_FILE
from bot.store.register import REGISTER_FILE


def check_key_files(data_dir: Path, register: RegisterConfig) -> None:
    """Raise :class:`SettingsError` (Dutch, like every start-up error) when a key file is
    missing beside data made with its keys; write nothing."""
    data_dir = Path(data_dir)
    store, keyring = data_dir / DB_FILE, data_dir / KEYRING_FILE
    if holds_data(store) and not keyring.exists():
        raise SettingsError(
            f"sleutelbestand ontbreekt: {keyring}. De database {store} bevat al berichten"
            f" waarvan de vondsten en gespreksgeheugens met die sleutels zijn gehasht; met"
            f" nieuwe sleutels is daar niets meer in terug te vinden. Zet {KEYRING_FILE} terug"
            " uit de back-up van de sleutelbestanden. Er is niets geschreven: nieuwe sleutels"
            " maakt privacywacht alleen bij een lege datamap (wie echt opnieuw wil beginnen,"
            " verplaatst de hele datamap)."
        )
    if register.uses_key_file:
        key_file, requests = register.key_path(data_dir), data_dir / REGISTER_FILE
        if holds_data(requests) and not key_file.exists():
            raise missing_key_file_error(key_file, requests)
