"""Web UI: server-rendered pages (Jinja2, autoescaped) with a little JavaScript."""
