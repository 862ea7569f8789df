"""The support inbox over IMAP: wait with IDLE, fetch, process, then delete/move/keep.

Why a thread: IMAPClient (BSD) is a blocking client; aioimaplib, the asyncio one, is
GPL-3.0-only and privacywacht's runtime dependencies must be permissive. The poller owns one
connection in one thread and hands each raw mail to the event loop
(``run_coroutine_threadsafe``), waiting for the outcome before it touches the original.

Order per mail: ``BODY.PEEK[]`` (the mail stays unseen and in place) -> redact, commit,
forward -> only then delete (``\\Deleted`` + UID EXPUNGE), move (MOVE, or COPY + delete) or
keep (flag ``$PrivacywachtDone``). A crash anywhere before the last step leaves the mail in
the inbox; the next fetch finds it and the processor's event id makes it count once.
A mail that can never be processed is flagged ``$PrivacywachtRejected`` and left for a person.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from bot.mail.config import MailConfig
from bot.mail.processor import MailResult, Outcome

log = logging.getLogger("privacywacht.mail")

DONE_FLAG = "$PrivacywachtDone"
REJECTED_FLAG = "$PrivacywachtRejected"
Handler = Callable[[bytes, str], Awaitable[MailResult]]


class ImapPoller:
    """``start()`` runs the poller thread; ``stop()`` ends it after the mail in hand."""

    def __init__(self, config: MailConfig, handle: Handler) -> None:
        self.config = config
        self.handle = handle
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: IMAPClient | None = None

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._run, name="imap-poller", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join, self.config.smtp_timeout_s + 10)

    # -- the thread ----------------------------------------------------------------------

    def _run(self) -> None:
        backoff = self.config.retry_backoff_s
        while not self._stop.is_set():
            try:
                self._session()
                backoff = self.config.retry_backoff_s
            except (IMAPClientError, OSError) as exc:
                log.warning("imap.disconnected", extra={"ctx": {"error": type(exc).__name__}})
            except Exception:
                log.exception("imap.failed")
            finally:
                self._logout()
            if self._stop.wait(backoff):
                return
            backoff = min(backoff * 2, self.config.max_backoff_s)

    def _connect(self) -> IMAPClient:
        config = self.config
        client = IMAPClient(
            config.imap_host,
            port=config.imap_port,
            ssl=config.imap_security == "ssl",
            timeout=60,
        )
        if config.imap_security == "starttls":
            client.starttls()
        client.login(config.username, config.password)
        return client

    def _session(self) -> None:
        """One connection: process what is waiting, then IDLE until something arrives."""
        client = self._client = self._connect()
        client.select_folder(self.config.mailbox)
        capabilities = set(client.capabilities())
        if self.config.after_processing == "move" and not client.folder_exists(self.config.move_to):
            client.create_folder(self.config.move_to)
        log.info("imap.connected", extra={"ctx": {"mode": self.config.after_processing}})
        while not self._stop.is_set():
            retry = self._process_waiting(client, capabilities)
            if self._stop.is_set():
                return
            if retry:
                # something failed for a reason that may pass: try again after a pause, but
                # keep the connection (a new mail still wakes us through the next cycle)
                if self._stop.wait(self.config.retry_backoff_s):
                    return
            elif b"IDLE" in capabilities:
                self._idle(client)
            elif self._stop.wait(self.config.poll_interval_s):
                return
            client.noop()

    def _idle(self, client: IMAPClient) -> None:
        """IDLE until the server reports a change, the renewal time passes, or we stop."""
        client.idle()
        try:
            waited = 0.0
            while not self._stop.is_set() and waited < self.config.idle_timeout_s:
                if client.idle_check(timeout=1):
                    return
                waited += 1
        finally:
            client.idle_done()

    def _waiting(self, client: IMAPClient) -> list[int]:
        return sorted(
            client.search(["UNDELETED", "UNKEYWORD", DONE_FLAG, "UNKEYWORD", REJECTED_FLAG])
        )

    def _process_waiting(self, client: IMAPClient, capabilities: set[bytes]) -> bool:
        """Process every waiting mail once; True when one should be retried later."""
        retry = False
        for uid in self._waiting(client):
            if self._stop.is_set():
                break
            fetched = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
            raw = fetched.get(b"BODY[]")
            if raw is None:  # expunged meanwhile by someone else
                continue
            log.info(
                "mail.fetched", extra={"ctx": {"source": "imap", "uid": uid, "bytes": len(raw)}}
            )
            result = self._hand_over(raw)
            if result.outcome is Outcome.DONE:
                self._finish(client, uid, capabilities)
            elif result.outcome is Outcome.REJECTED:
                client.add_flags([uid], [REJECTED_FLAG])
                log.warning("mail.kept", extra={"ctx": {"uid": uid, "outcome": "rejected"}})
            else:
                retry = True
                log.warning("mail.kept", extra={"ctx": {"uid": uid, "outcome": "retry"}})
        return retry

    def _hand_over(self, raw: bytes) -> MailResult:
        assert self._loop is not None
        future: Future[MailResult] = asyncio.run_coroutine_threadsafe(
            self.handle(raw, "imap"), self._loop
        )
        return future.result()

    def _finish(self, client: IMAPClient, uid: int, capabilities: set[bytes]) -> None:
        """The redacted form is committed: now the original goes, as configured."""
        mode = self.config.after_processing
        if mode == "keep":
            client.add_flags([uid], [DONE_FLAG])
        elif mode == "move" and b"MOVE" in capabilities:
            client.move([uid], self.config.move_to)
        else:
            if mode == "move":
                client.copy([uid], self.config.move_to)
            client.delete_messages([uid])
            if b"UIDPLUS" in capabilities:
                client.uid_expunge([uid])
            else:
                client.expunge()
        log.info("mail.finished", extra={"ctx": {"uid": uid, "mode": mode}})

    def _logout(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # the connection may be gone already
            with contextlib.suppress(Exception):
                client.shutdown()
