"""Tests of the HTTP service, run for real: API, webhooks, write-back, failures, canaries."""
