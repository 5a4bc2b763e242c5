"""Entry point of the PyInstaller bundle: the same `main` as the `unnm-desktop` console script."""

from unnm_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
