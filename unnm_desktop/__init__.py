"""UNNM Desktop: offline minutes and consensus decisions for the UN Network on Migration in Türkiye."""

__version__ = "0.1.0"
APP_NAME = "UNNM Desktop"
APP_ID = "unnm-desktop"
