"""concurrent -- package holding concurrent.futures (https://docs.python.org/3.11/library/concurrent.html)."""
