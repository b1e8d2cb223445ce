"""Placeholder: this stage lands in a later change."""
