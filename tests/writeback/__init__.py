"""Tests of the write-back clients against a local fake of the helpdesk's API."""
