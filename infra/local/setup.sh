#!/usr/bin/env bash
# Shared set-up for ./run.sh and ./test.sh on a machine that has only the .NET SDK, Node/npm and
# Debian's package manager. Idempotent: every step is skipped when its result is already there.
# Usage: infra/local/setup.sh [--test] [steps...]
#   steps: node (npm ci), settings (local.settings.json), office (LibreOffice and python3-uno, the warm PDF
#   converter), debian (office plus the test packages); default: node settings office, plus debian with --test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

log() { printf '[setup] %s\n' "$*"; }

steps=()
for arg in "$@"; do
  case "$arg" in
    --test) steps+=(node settings debian) ;;
    node|settings|office|debian) steps+=("$arg") ;;
    *) echo "unknown step: $arg" >&2; exit 2 ;;
  esac
done
[ ${#steps[@]} -gt 0 ] || steps=(node settings office)
want() { [[ " ${steps[*]} " == *" $1 "* ]]; }

# 1. Node tools (Azurite, axe-core), pinned by package-lock.json.
if want node && { [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 2. Developer settings, as in every Functions app: a git-ignored copy of the sample.
if want settings && [ ! -f local.settings.json ]; then
  log "creating local.settings.json from local.settings.sample.json"
  cp local.settings.sample.json local.settings.json
fi

# 3. Debian packages: LibreOffice converts documents to PDF, kept warm over UNO by a small script that needs
#    Debian's python3-uno (PyPI is out of reach, and uno only works with the Debian Python); poppler-utils reads
#    the PDF's text and metadata back, Chromium runs the browser tests.
if want office || want debian; then
  missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  /usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || missing+=(python3-uno)
  fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
  if want debian; then
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $as_root apt-get update -qq
    $as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
