#!/usr/bin/env bash
# Installs the Debian packages SMS Desk needs, only those missing, only when run as root
# with apt available (elsewhere it says what is missing and carries on).
#   Always: Python with venv, and the libraries Qt's GUI module loads even offscreen.
#   With SMSDESK_NEEDS_DISPLAY=1: the xcb platform's libraries (libxcb-cursor0 and friends).
set -euo pipefail

packages=(python3 python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
          libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
if [[ "${SMSDESK_NEEDS_DISPLAY:-}" == 1 ]]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
             libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
             libxcb-xfixes0 libx11-xcb1 fonts-noto-color-emoji)
fi

command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check here
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# A Python that already makes virtual environments (pyenv, a newer system Python) is enough.
if command -v python3 >/dev/null 2>&1 && python3 -c 'import venv, ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv/}")
  missing=("${missing[@]/python3/}")
fi
read -r -a missing <<<"${missing[*]:-}"
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing Debian packages: ${missing[*]}" >&2
  echo "system-deps: install them with: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
