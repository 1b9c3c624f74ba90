#!/usr/bin/env bash
# Sets up what is missing, then runs every test. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
infra/local/setup.sh --test
dotnet test Automatisering.sln --nologo "$@"
