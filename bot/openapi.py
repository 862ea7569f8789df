"""OpenAPI 3.1 description of the service, served at ``/api/openapi.json``.

Written by hand (not generated) so the description is reviewed like code and stays small.
"""

from __future__ import annotations

from typing import Any

from pipelines.request_types import REQUEST_TYPES

_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string", "description": "why; never quotes the input"}},
    "required": ["error"],
}
_ENTITY = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "examples": ["BSN", "PERSON", "EMAIL"]},
        "start": {"type": "integer", "description": "offset in the original text"},
        "end": {"type": "integer"},
        "score": {"type": "number"},
        "action": {"type": "string", "enum": ["redact", "keep"]},
        "recognizer": {"type": "string"},
        "reason": {"type": "string", "description": "the policy's reason (Dutch)"},
    },
}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        400: "malformed JSON or invalid fields",
        401: "missing or invalid credentials / signature",
        408: "the body did not arrive within [service] body_timeout_s; nothing was stored",
        413: "body or message too large ([limits] max_message_chars)",
        415: "not application/json",
        422: "the message took longer than [limits] message_timeout_s; nothing was stored",
        429: "rate limit of the token or client address; see Retry-After",
        500: "pipeline failure; nothing was stored",
        503: "the work queue is full; retry after Retry-After seconds",
    }
    return {
        str(c): {
            "description": text[c],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for c in codes
    }


def openapi_document() -> dict[str, Any]:
    from bot.register_api import openapi_paths as register_paths

    webhook_ops = {
        "post": {
            "summary": "Ticket-system webhook (signature checked per provider)",
            "parameters": [
                {
                    "name": "provider",
                    "in": "path",
                    "required": True,
                    "schema": {
                        "type": "string",
                        "enum": ["zendesk", "zammad", "helpscout", "chatwoot", "freshdesk"],
                    },
                }
            ],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {
                "200": {
                    "description": "stored (or recognised as a replay); answered after commit",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "received": {"type": "integer"},
                                    "stored": {"type": "integer"},
                                    "duplicates": {"type": "integer"},
                                    "ids": {"type": "array", "items": {"type": "string"}},
                                },
                            }
                        }
                    },
                },
                **_errors(400, 401, 408, 413, 422, 429, 500, 503),
            },
        }
    }
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "privacywacht",
            "version": "1",
            "description": "Removes personal data that support messages do not need before "
            "anything is stored or forwarded. Only redacted text is stored.",
        },
        "paths": {
            "/healthz": {
                "get": {
                    "summary": "Ready once the redaction workers have loaded",
                    "responses": {
                        "200": {"description": "ready"},
                        "503": {"description": "starting"},
                    },
                }
            },
            "/api/v1/messages": {
                "post": {
                    "summary": "Redact and store one message",
                    "security": [{"bearer": []}],
                    "parameters": [
                        {
                            "name": "Idempotency-Key",
                            "in": "header",
                            "required": False,
                            "schema": {"type": "string", "pattern": "^[!-~]{1,200}$"},
                            "description": "a retry with the same key returns the stored"
                            " message; stored only as a keyed HMAC",
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/MessageIn"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "redacted and stored",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/MessageOut"}
                                }
                            },
                        },
                        "200": {"description": "replay of an Idempotency-Key: nothing new stored"},
                        **_errors(400, 401, 408, 413, 415, 422, 429, 500, 503),
                    },
                }
            },
            "/webhooks/{provider}": webhook_ops,
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": _ERROR,
                "Entity": _ENTITY,
                "MessageIn": {
                    "type": "object",
                    "required": ["text"],
                    "additionalProperties": False,
                    "properties": {
                        "conversation_id": {"type": "string", "maxLength": 200},
                        "sender": {"type": "string"},
                        "subject": {"type": "string"},
                        "text": {"type": "string", "minLength": 1},
                        "purpose": {
                            "type": "string",
                            "description": "policy purpose, e.g. billing, technical_support",
                        },
                    },
                },
                "MessageOut": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "conversation_id": {"type": "string"},
                        "text": {"type": "string", "description": "redacted text"},
                        "entities": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Entity"},
                        },
                        "request": {
                            "type": ["object", "null"],
                            "description": "the privacy request the message makes, as "
                            "registered; null when it makes none",
                            "properties": {
                                "type": {"type": "string", "enum": list(REQUEST_TYPES)},
                                "confidence": {"type": "number"},
                                "on_behalf_of": {"type": "boolean"},
                                "reference": {"type": "string", "example": "AVG-2026-000123"},
                                "status": {"type": "string"},
                                "received_at": {"type": "string", "format": "date-time"},
                                "due_at": {"type": "string", "format": "date-time"},
                                "deadline": {"type": "string", "example": "21 december 2026"},
                                "duplicate": {"type": "boolean"},
                                "identity_check": {
                                    "type": "string",
                                    "enum": [
                                        "verify_sent",
                                        "verify_by_colleague",
                                        "ask_contact",
                                        "none",
                                    ],
                                },
                            },
                        },
                        "reply": {"type": "string", "description": "the assistant's answer"},
                    },
                },
            },
        },
    }
    document["paths"].update(register_paths())
    return document
