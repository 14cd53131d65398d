"""The terminal review loop: queue (what to show, in which order), keys, screen, session."""
