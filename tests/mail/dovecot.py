"""A real, throw-away Dovecot (IMAP + LMTP) for the end-to-end e-mail tests.

Each instance writes its own config into a fresh temporary directory, with its own base_dir,
state_dir, log file, passwd-file and Maildir, listens only on 127.0.0.1 on two free high ports,
and runs in the foreground (``dovecot -F -c <conf>``) as a child of the test process. It never
touches the system instance, /etc/dovecot or /run/dovecot.

Dovecot is always run "rootless": every service (master, login, auth, imap, lmtp) runs as one
unprivileged account, with chrooting switched off and ``default_internal_user``,
``default_login_user`` and ``default_internal_group`` set to that account. Dovecot refuses to
run its login processes as root ("This process must not be run as root") and refuses mail
access for UID 0 ("userdb returned 0 as uid"), so when the tests run as root (CI does) the
child is started as ``nobody`` (override with PRIVACYWACHT_DOVECOT_USER) and the temporary
directory is handed to that account; as a normal user it simply runs as that user.

Mail reaches the inbox over LMTP (``deliver``), as it would from a real MTA.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from imapclient import IMAPClient

from tests.ports import free_port

#: where Debian's dovecot-core puts the binary
DOVECOT_BIN = "/usr/sbin/dovecot"
#: the account Dovecot runs as when the tests run as root
RUN_AS_ENV = "PRIVACYWACHT_DOVECOT_USER"
ROOT_FALLBACK_USER = "nobody"

HOST = "127.0.0.1"


class DovecotError(RuntimeError):
    """Dovecot did not start (the message carries its log) or a helper failed."""


def dovecot_binary() -> str | None:
    """The dovecot binary, or None when it is not installed."""
    if os.access(DOVECOT_BIN, os.X_OK):
        return DOVECOT_BIN
    return shutil.which("dovecot")


def _two_free_ports() -> tuple[int, int]:
    for _ in range(10):
        first, second = free_port(), free_port()
        if first != second:
            return first, second
    raise DovecotError("could not find two free ports on 127.0.0.1")


def _group_alive(pgid: int) -> bool:
    """True while a process of the group still runs (zombies waiting for init do not count)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # after "(comm)": state, ppid, pgrp
        if fields[0] != "Z" and int(fields[2]) == pgid:
            return True
    return False


def _run_as() -> tuple[str, int, int, str]:
    """(user name, uid, gid, group name) Dovecot runs as: the current user unless that is root."""
    uid = os.geteuid()
    if uid == 0:
        name = os.environ.get(RUN_AS_ENV) or ROOT_FALLBACK_USER
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            raise DovecotError(
                f"running as root, Dovecot needs an unprivileged account to run as: no user"
                f" {name!r} (set {RUN_AS_ENV} to one)"
            ) from None
        if entry.pw_uid == 0:
            raise DovecotError(f"{RUN_AS_ENV} must name an unprivileged account, not root")
    else:
        entry = pwd.getpwuid(uid)
    gid = entry.pw_gid if uid == 0 else os.getegid()
    return entry.pw_name, entry.pw_uid, gid, grp.getgrgid(gid).gr_name


def _config(
    *, root: Path, user: str, uid: int, gid: int, group: str, imap_port: int, lmtp_port: int
) -> str:
    return f"""\
# written by tests/mail/dovecot.py for one test run; not the system configuration
base_dir = {root}/run
state_dir = {root}/state
instance_name = privacywacht-test-{imap_port}
log_path = {root}/log/dovecot.log
info_log_path = {root}/log/dovecot.log
debug_log_path = {root}/log/dovecot.log

protocols = imap lmtp
listen = {HOST}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# tests try wrong passwords: no 2 s delay on a failed login (see also service anvil)
auth_failure_delay = 0

# rootless: every process runs as the one account the master was started as
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home
}}

mail_location = maildir:{root}/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
mail_fsync = never
# IDLE: inotify tells at once; this is only the fallback poll
mailbox_idle_check_interval = 1 secs

service imap-login {{
  chroot =
  inet_listener imap {{
    address = {HOST}
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service imap-urlauth-login {{
  chroot =
}}
service anvil {{
  chroot =
  # auth cannot reach the penalty socket, so auth penalty (delaying logins from an IP after a
  # failed one, by up to 15 s) is off: tests try wrong passwords on purpose
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {HOST}
    port = {lmtp_port}
  }}
}}
"""


class Dovecot:
    """One private Dovecot instance. Use as a context manager, or call start() and stop()."""

    host = HOST

    def __init__(
        self,
        user: str = "tester",
        password: str = "geheim-wachtwoord",
        domain: str = "example.test",
    ) -> None:
        self.user = user
        self.password = password
        #: the address LMTP delivers to this user (any domain works: the passdb uses %n)
        self.address = f"{user}@{domain}"
        self.imap_port = 0
        self.lmtp_port = 0
        self.root: Path | None = None
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def mail_dir(self) -> Path:
        """The user's Maildir (INBOX is its cur/new/tmp; folders are .Name subdirectories)."""
        return self._root / "Maildir"

    @property
    def log_path(self) -> Path:
        return self._root / "log" / "dovecot.log"

    @property
    def _root(self) -> Path:
        if self.root is None:
            raise DovecotError("Dovecot has not been started")
        return self.root

    def log_text(self) -> str:
        """Dovecot's log, plus what the master wrote to stderr before it had a log (while the
        instance exists: stop() removes its directory)."""
        parts = []
        for path in (self._root / "log" / "stderr.log", self.log_path):
            with contextlib.suppress(OSError):
                text = path.read_text(errors="replace")
                if text.strip():
                    parts.append(f"--- {path.name} ---\n{text}")
        return "\n".join(parts) or "(Dovecot wrote no log)"

    def start(self, timeout: float = 15.0) -> Dovecot:
        binary = dovecot_binary()
        if binary is None:
            raise DovecotError(f"dovecot is not installed ({DOVECOT_BIN} missing)")
        # A short path under /tmp: unix socket paths in base_dir are limited to ~107 bytes, and
        # when Dovecot runs as another account it must be able to reach the directory.
        parent = "/tmp" if os.path.isdir("/tmp") else None
        self.root = Path(tempfile.mkdtemp(prefix="pw-dovecot-", dir=parent))
        try:
            # a port taken between free_port() and Dovecot's bind: try again with new ports
            for attempt in range(3):
                try:
                    self._start_once(binary, timeout)
                    return self
                except DovecotError as exc:
                    self._terminate()
                    if attempt == 2 or "Address already in use" not in str(exc):
                        raise
        except BaseException:
            self._cleanup()
            raise
        raise AssertionError("unreachable")

    def _start_once(self, binary: str, timeout: float) -> None:
        root = self._root
        user, uid, gid, group = _run_as()
        for sub in ("run", "state", "log", "home", "Maildir"):
            shutil.rmtree(root / sub, ignore_errors=True)
            (root / sub).mkdir()
        self.imap_port, self.lmtp_port = _two_free_ports()
        conf = root / "dovecot.conf"
        conf.write_text(
            _config(
                root=root,
                user=user,
                uid=uid,
                gid=gid,
                group=group,
                imap_port=self.imap_port,
                lmtp_port=self.lmtp_port,
            )
        )
        (root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        switch: dict = {}
        if os.geteuid() == 0:
            for path in (root, *root.rglob("*")):
                os.chown(path, uid, gid)
            switch = {"user": uid, "group": gid, "extra_groups": []}

        started = time.monotonic()
        with open(root / "log" / "stderr.log", "wb") as stderr:
            self._proc = subprocess.Popen(
                [binary, "-F", "-c", str(conf)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=subprocess.STDOUT,
                cwd=root,
                env={"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")},
                start_new_session=True,
                **switch,
            )
        deadline = started + timeout
        while True:
            if self._proc.poll() is not None:
                raise DovecotError(
                    f"dovecot exited with status {self._proc.returncode} while starting;"
                    f" its log:\n{self.log_text()}"
                )
            if self._greets():
                break
            if time.monotonic() > deadline:
                raise DovecotError(
                    f"dovecot did not answer on {HOST}:{self.imap_port} within {timeout:.0f}s;"
                    f" its log:\n{self.log_text()}"
                )
            time.sleep(0.02)
        self.startup_seconds = time.monotonic() - started

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def reset(self) -> None:
        """Empty the mailbox between tests: expunge INBOX, delete every other folder.

        Cheaper than a new instance: Dovecot starts in ~40 ms, but its master sleeps a fixed
        second on shutdown to let its log process drain. UIDs keep counting up (UIDVALIDITY
        stays), so tests must not assume that the first message has UID 1. A Dovecot that
        died (or was stopped by a test) is started afresh, on new ports.
        """
        if not self.running:
            self.stop()
            self.start()
            return
        with self.imap() as client:
            folders = [name for _flags, _sep, name in client.list_folders()]
            for name in sorted(folders, key=lambda n: n.count("/"), reverse=True):
                if name.upper() == "INBOX":
                    continue
                try:
                    client.delete_folder(name)
                except IMAPClient.Error as exc:
                    # a parent that existed only for its children went with the last of them
                    if "NONEXISTENT" not in str(exc):
                        raise
            for name in client.list_sub_folders():
                if name.upper() != "INBOX":
                    client.unsubscribe_folder(name)
            client.select_folder("INBOX")
            uids = client.search("ALL")
            if uids:
                client.delete_messages(uids)
                client.expunge()
            client.close_folder()

    def _greets(self) -> bool:
        """True once the IMAP listener answers with its "* OK" greeting."""
        try:
            with socket.create_connection((HOST, self.imap_port), timeout=1.0) as sock:
                return sock.recv(256).startswith(b"* OK")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop Dovecot (terminate, wait, kill) and remove its directory."""
        self._terminate()
        self._cleanup()

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        # The master runs in a session of its own (its pid is the process group id). Its log
        # process outlives it for a moment: give the group a little while, then kill the rest.
        deadline = time.monotonic() + 2
        while _group_alive(proc.pid):
            if time.monotonic() > deadline:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.02)

    def _cleanup(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- helpers ---------------------------------------------------------------------------

    def deliver(
        self, raw: bytes, to: str | None = None, mail_from: str = "afzender@example.test"
    ) -> None:
        """Deliver one message over LMTP to ``to`` (default: this user), as an MTA would.

        Bare LF line ends become CRLF. An unknown recipient raises SMTPRecipientsRefused (550).
        """
        data = re.sub(rb"\r?\n", b"\r\n", raw)
        with smtplib.LMTP(HOST, self.lmtp_port, timeout=10) as lmtp:
            refused = lmtp.sendmail(mail_from, [to or self.address], data)
        if refused:
            raise DovecotError(f"LMTP refused {refused}; Dovecot's log:\n{self.log_text()}")

    @contextlib.contextmanager
    def imap(self) -> Iterator[IMAPClient]:
        """A logged-in IMAPClient (plain IMAP on 127.0.0.1), logged out afterwards."""
        client = IMAPClient(HOST, port=self.imap_port, ssl=False, timeout=10)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def list_inbox(self, folder: str = "INBOX") -> list[bytes]:
        """The raw messages in ``folder``, in UID order (BODY.PEEK[]: leaves \\Seen alone)."""
        with self.imap() as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))
            if not uids:
                return []
            fetched = client.fetch(uids, ["BODY.PEEK[]"])
            return [fetched[uid][b"BODY[]"] for uid in uids]

    def folder_names(self) -> list[str]:
        with self.imap() as client:
            return sorted(name for _flags, _sep, name in client.list_folders())

    def create_folder(self, name: str) -> None:
        with self.imap() as client:
            client.create_folder(name)
