"""urllib: URL handling package (only urllib.parse is provided)."""
