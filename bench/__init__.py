"""make bench: measuring SMS Desk at a busy office's scale (see run.py, generate.py)."""
