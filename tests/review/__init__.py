"""Tests of the review web UI: accounts, the users command, login, sessions and CSRF."""
