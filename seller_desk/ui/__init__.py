"""The Qt window: pages, dialogs, item models, widgets and the task runner."""
