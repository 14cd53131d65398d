"""Documents in: files and folders read (text, Markdown, HTML, CSV, JSON Lines), claims extracted, stored."""
