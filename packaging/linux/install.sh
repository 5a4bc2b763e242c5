#!/bin/sh
# Install the UNNM Desktop one-folder bundle for the current user, without root: the program, a menu entry,
# the icon, the AppStream metadata and the meeting package file type (*.unnmpkg).
#
#   ./install.sh                  install into ~/.local (the program in ~/.local/lib/unnm-desktop)
#   ./install.sh --prefix /opt/x  install elsewhere (as root for a system-wide prefix such as /usr/local)
#   ./install.sh --uninstall      remove what install.sh put there (your meetings stay where they are)
#
# Run it from the unpacked bundle folder (the one holding unnm-desktop and _internal/). It is copied into
# the bundle by packaging/build_bundle.py; its source is packaging/linux/install.sh.
set -eu

app=unnm-desktop
app_id=org.unnm.Desktop
prefix="${HOME}/.local"
uninstall=no
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=yes; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
target="$prefix/lib/$app"
bin="$prefix/bin/$app"
share="$prefix/share"
icons="$share/icons/hicolor"
sizes="16 32 48 64 128 256 512"

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
}

if [ "$uninstall" = yes ]; then
  rm -f "$bin" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
    "$share/mime/packages/$app_id.xml" "$icons/scalable/apps/$app.svg"
  for size in $sizes; do rm -f "$icons/${size}x${size}/apps/$app.png"; done
  rm -rf "$target"
  refresh
  echo "UNNM Desktop removed from $prefix (the data folder ~/.local/share/unnm-desktop was kept)."
  exit 0
fi

if [ ! -x "$here/$app" ] || [ ! -d "$here/_internal" ]; then
  echo "install.sh: run me from the unpacked bundle folder (with $app and _internal/ beside me)." >&2
  exit 1
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/mime/packages" \
  "$icons/scalable/apps"
if [ "$here" != "$target" ]; then
  rm -rf "$target.new"
  cp -a "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
ln -sf "$target/$app" "$bin"

data="$target/_internal/unnm_desktop/_data/resources/icons"
cp "$data/$app.svg" "$icons/scalable/apps/$app.svg"
for size in $sizes; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$data/$app-$size.png" "$icons/${size}x${size}/apps/$app.png"
done

# The menu entry runs the installed program by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=$app |Exec=\"$bin\" |" -e "s|^TryExec=$app\$|TryExec=$bin|" \
  "$target/linux/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$target/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
cp "$target/linux/$app_id.mime.xml" "$share/mime/packages/$app_id.xml"
refresh

echo "UNNM Desktop installed: $bin (menu: Office → UNNM Desktop)."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "To start it from a terminal by name, add $prefix/bin to your PATH." ;;
esac
