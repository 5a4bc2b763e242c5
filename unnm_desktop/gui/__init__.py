"""The Qt GUI: thin widgets that call the services."""
