"""One payload parser per provider: ``parse(body, headers) -> list[IncomingMessage]``."""
