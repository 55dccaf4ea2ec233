"""REST API and web UI (FastAPI), served by `detente serve`."""
from detente.api.app import create_app

__all__ = ["create_app"]
