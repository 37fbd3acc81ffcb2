#!/usr/bin/env bash
# Installs the Debian packages SMS Desk needs, only those missing, only when run as root
# with apt available (elsewhere it says what is missing and carries on).
#   Always: Python with venv, the libraries Qt's GUI module loads even offscreen, and
#     desktop-file-utils (desktop-file-validate: tests/unit/test_packaging.py checks the
#     desktop entry with it; update-desktop-database for `make install-desktop`), and
#     poppler-utils (pdftotext: the export tests read the PDFs they write).
#   With SMSDESK_NEEDS_DISPLAY=1: the xcb platform's libraries (libxcb-cursor0 and friends).
#   With SMSDESK_NEEDS_POSTGRES=1: a PostgreSQL server (initdb, pg_ctl, postgres) for the team
#     tests, which start their own throw-away server; no system-wide service is started.
set -euo pipefail

packages=(python3 python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
          libdbus-1-3 libglib2.0-0 fonts-dejavu-core desktop-file-utils poppler-utils)
if [[ "${SMSDESK_NEEDS_DISPLAY:-}" == 1 ]]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
             libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
             libxcb-xfixes0 libx11-xcb1 fonts-noto-color-emoji)
fi

# The tests look for the server programs where Debian keeps them (one folder per major
# version), then on PATH; tests/pg.py searches the same places.
has_postgres_server() {
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    [[ -x $bin/initdb && -x $bin/pg_ctl && -x $bin/postgres ]] && return 0
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}
needs_postgres=0
if [[ "${SMSDESK_NEEDS_POSTGRES:-}" == 1 ]] && ! has_postgres_server; then
  needs_postgres=1
fi

if ! command -v dpkg >/dev/null 2>&1; then   # not Debian: nothing we can check or install here
  if [[ $needs_postgres == 1 ]]; then
    echo "system-deps: no PostgreSQL server found (initdb, pg_ctl); install your system's" \
         "PostgreSQL server package, or the PostgreSQL tests are skipped" >&2
  fi
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[[ $needs_postgres == 1 ]] && missing+=(postgresql)
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
  if [[ $needs_postgres == 1 ]]; then
    echo "system-deps: until postgresql is installed the PostgreSQL tests are skipped" \
         "(with CI=true they fail)" >&2
  fi
  exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if [[ $needs_postgres == 1 && ! -e /usr/sbin/policy-rc.d ]]; then
  # Installing postgresql would start its "main" cluster as a system service; the tests start
  # their own server, so services are refused for the length of the install (the Debian
  # policy-rc.d convention, which invoke-rc.d and deb-systemd-invoke both honour).
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
