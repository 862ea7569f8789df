"""privacywacht's service side: command line, settings, and (later) channels and storage."""
