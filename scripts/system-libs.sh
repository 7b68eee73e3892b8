#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (and CJK fonts) when missing: with apt-get when
# root, otherwise prints the exact command to run. Usage: scripts/system-libs.sh [extra packages]
set -euo pipefail
packages=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
          libx11-xcb1 fonts-noto-cjk "$@")
command -v dpkg-query >/dev/null || { echo "Not a Debian-like system: install Qt 6's X11/EGL libraries yourself."; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries: ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Seller Desk needs these system libraries; please run:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
