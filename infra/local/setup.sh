#!/usr/bin/env bash
# Shared set-up for ./run.sh and ./test.sh on a machine that has only the .NET SDK, Node/npm and
# Debian's package manager. Idempotent: every step is skipped when its result is already there.
# Usage: infra/local/setup.sh [--test] [steps...]
#   steps: node (npm ci), settings (local.settings.json), debian (test packages);
#   default: node settings, plus debian with --test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

log() { printf '[setup] %s\n' "$*"; }

steps=()
for arg in "$@"; do
  case "$arg" in
    --test) steps+=(node settings debian) ;;
    node|settings|debian) steps+=("$arg") ;;
    *) echo "unknown step: $arg" >&2; exit 2 ;;
  esac
done
[ ${#steps[@]} -gt 0 ] || steps=(node settings)
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

# 3. Debian packages the tests need: LibreOffice converts documents to PDF, poppler-utils reads the PDF's
#    text back, Chromium runs the browser tests.
if want debian; then
  missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $as_root apt-get update -qq
    $as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
