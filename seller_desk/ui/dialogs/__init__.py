"""Dialogs: welcome, about, crash, progress."""
