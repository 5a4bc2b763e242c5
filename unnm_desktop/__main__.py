from unnm_desktop.cli import main

raise SystemExit(main())
