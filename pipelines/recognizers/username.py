"""User names that carry a person's name: "r.jansen", "C:\\Users\\pvdberg", "KANTOOR\\s.elbaz".

Why: a Windows or mailbox account is usually the person's initial and surname, and it turns up
where a desk asks for it ("Gebruikersnaam: mdevries"), in pasted event logs ("Account Name:
r.jansen"), in file paths and in greetings of automatic mails ("Beste a.bakker,"). Left in the
ticket it names the person as plainly as the full name does, so it is a ``PERSON``.

Two shapes are taken:

* an initial, a dot and a word of four or more letters ("r.jansen", "a.van-dam"), anywhere:
  abbreviations have one letter per part ("a.u.b.", "d.w.z."), and an e-mail address or a domain
  ("x.com", "r.jansen@...") is left to its own recognizer;
* any lowercase account word after a user-name label ("Gebruikersnaam:", "Account Name:",
  "login:"), after ``\\Users\\`` in a path or after a domain and a backslash ("KANTOOR\\mdevries");
  not a machine account ("PC01$"), a placeholder ("-", "NULL") or a word of the label's kind.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

#: a user-name label; its value follows after a colon (or spaces, as in aligned event logs)
_LABELS = (
    r"gebruikersnaam|gebruikers-id|inlognaam|loginnaam|accountnaam|username|user name|"
    r"user id|userid|user|login|account name|account|samaccountname|upn|gebruiker"
)
_ACCOUNT = r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3}"
_NOT_ACCOUNTS = frozenset(
    {"null", "none", "system", "administrator", "admin", "guest", "root", "onbekend", "unknown",
     "n.v.t", "nvt", "test", "user", "gebruiker", "localsystem", "anonymous"}
)  # fmt: skip


class UsernameRecognizer(DutchRecognizer):
    """Finds account names that are made of a person's name (see the module docstring)."""

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "initial_dot_surname",
            r"(?<![\w.@\\/-])(?P<value>[a-z]\.[a-z]{4,}(?:-[a-z]+){0,2})(?![\w@-]|\.[a-z])",
            0.55,
        ),
        Pattern(
            "after_label",
            rf"(?i:(?<![\w-])(?:{_LABELS}))[ \t]*(?::[ \t]*|[ \t]{{2,}})"
            rf"(?P<value>{_ACCOUNT})(?![\w@$.\\-]|\.[a-z])",
            0.55,
        ),
        Pattern(
            "path_or_domain",
            rf"(?:(?i:\\users\\)|(?<![\w\\])[A-Z][A-Z0-9-]{{1,14}}\\)(?P<value>{_ACCOUNT})"
            rf"(?![\w@$-])",
            0.6,
        ),
    ]
    CONTEXT = ()

    def accept(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        if not value.islower() or value in _NOT_ACCOUNTS or len(value) < 4:
            return False
        return any(ch.isalpha() for ch in value) and sum(ch.isdigit() for ch in value) <= 2
