"""AsyncStore: one worker thread, every write lands, close waits for pending writes."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.store import AsyncStore, Store, StoreClosedError
from tests.store.helpers import finding, row_counts

TASKS = 60


def test_concurrent_writes_all_land_on_one_thread(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "pw.db"
    threads: set[str] = set()
    original = Store._insert_message

    def spy(self, row) -> None:
        threads.add(threading.current_thread().name)
        original(self, row)

    monkeypatch.setattr(Store, "_insert_message", spy)

    async def main() -> list:
        async with await AsyncStore.open(path) as astore:

            async def one(i: int):
                await asyncio.sleep(0)  # let the tasks interleave
                return await astore.record_message(
                    channel="zendesk",
                    external_ref=f"T-{i % 5}",  # five tickets, twelve messages each
                    event_id=f"evt-{i}",
                    text_redacted=f"bericht {i} van [NAAM-1]",
                    findings=[finding("PERSON", f"Persoon {i}"), finding("BSN", "111222333")],
                )

            results = await asyncio.gather(*(one(i) for i in range(TASKS)))
            counts = await astore.count_by_digest("BSN")
            found = await astore.find_by_value("BSN", "111 222 333")
            return [results, counts, found]

    results, counts, found = asyncio.run(main())

    assert threads and all(name.startswith("privacywacht-store") for name in threads)
    assert len(threads) == 1
    assert len({r.message_id for r in results}) == TASKS
    assert not any(r.duplicate for r in results)
    assert len({r.conversation_id for r in results}) == 5
    assert counts[0].messages == TASKS
    assert sorted(found) == sorted(r.message_id for r in results)
    with Store(path) as store:
        assert row_counts(store) == {
            "conversations": 5,
            "messages": TASKS,
            "findings": 2 * TASKS,
            "deliveries": TASKS,
        }
        for r in results:
            assert len(store.list_messages(r.conversation_id)) == TASKS // 5


def test_concurrent_redeliveries_store_one_message(data_dir: Path) -> None:
    async def main() -> list:
        astore = await AsyncStore.open(data_dir / "pw.db")
        try:
            return await asyncio.gather(
                *(
                    astore.record_message(
                        channel="chatwoot", event_id="evt-same", text_redacted="hoi"
                    )
                    for _ in range(20)
                )
            )
        finally:
            await astore.close()

    results = asyncio.run(main())
    assert sum(not r.duplicate for r in results) == 1
    assert len({r.message_id for r in results}) == 1


def test_close_waits_for_pending_writes(data_dir: Path) -> None:
    path = data_dir / "pw.db"

    async def main() -> tuple[list, Exception | None]:
        astore = AsyncStore(Store(path))
        tasks = [
            asyncio.create_task(astore.record_message(channel="api", text_redacted=f"m{i}"))
            for i in range(25)
        ]
        await asyncio.sleep(0)  # the tasks hand their writes to the worker
        await astore.close()
        assert all(task.done() for task in tasks)
        results = [task.result() for task in tasks]
        try:
            await astore.get_message(results[0].message_id)
        except StoreClosedError as error:
            return results, error
        return results, None

    results, after_close = asyncio.run(main())
    assert isinstance(after_close, StoreClosedError)
    with Store(path) as store:
        assert row_counts(store)["messages"] == 25
        assert all(store.get_message(r.message_id) for r in results)


def test_errors_reach_the_caller_and_the_worker_goes_on(data_dir: Path) -> None:
    async def main():
        async with await AsyncStore.open(data_dir / "pw.db") as astore:
            with pytest.raises(ValueError):
                await astore.record_message(channel="fax", text_redacted="x")
            ok = await astore.record_message(channel="email", text_redacted="x")
            return await astore.get_message(ok.message_id), await astore.rotate_key()

    message, key_id = asyncio.run(main())
    assert message is not None and message.channel == "email"
    assert key_id


def test_reads_and_status_through_the_worker(data_dir: Path) -> None:
    async def main():
        async with await AsyncStore.open(data_dir / "pw.db") as astore:
            result = await astore.record_message(
                channel="helpscout",
                external_ref="HS-1",
                event_id="e1",
                text_redacted="x",
                findings=[finding("IBAN", "NL91ABNA0417164300")],
            )
            assert await astore.set_status(result.message_id, "forwarded")
            conversation = await astore.find_conversation("helpscout", "HS-1")
            return (
                result,
                await astore.get_message(result.message_id),
                await astore.list_messages(result.conversation_id),
                await astore.findings_for(result.message_id),
                await astore.get_conversation(result.conversation_id),
                conversation,
                await astore.find_delivery("helpscout", "e1"),
            )

    result, message, messages, findings, conversation, by_ref, delivery = asyncio.run(main())
    assert message.status == "forwarded"
    assert [m.id for m in messages] == [result.message_id]
    assert [f.entity_type for f in findings] == ["IBAN"]
    assert conversation == by_ref and conversation.id == result.conversation_id
    assert delivery.message_id == result.message_id and delivery.duplicate
