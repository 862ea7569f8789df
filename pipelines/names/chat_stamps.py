"""The time stamps that open a chat line, before the speaker's name.

Why: chat exports and live chats put a time stamp before each speaker ("[14:02] Lotte:",
"02-02-25 19:40 - Xiaoyu Wang:"); the chat rules and the search for organisations that
speak in a chat (``pipelines.names.message``) skip it the same way.
"""

from __future__ import annotations

#: a WhatsApp export's timestamp: "02-02-25 19:40", "2/2/2025, 7:40 pm", "12.03.24 10:15:02"
WA_STAMP = (
    r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]*[ap]\.?m\.?)?"
)
#: what opens a chat line: "[14:02] ", "[02/02/2025, 19:40:12] ", "02-02-25 19:40 - "
TIME = rf"(?:(?:\[[^\]\n]{{1,25}}\]|{WA_STAMP}[ \t]*[-–])[ \t]*)?"
