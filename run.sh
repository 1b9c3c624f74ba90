#!/usr/bin/env bash
# Sets up what is missing, starts Azurite (unless one is already listening) and runs the app on
# http://localhost:7071. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
# The .NET build and npm ci (Azurite) are the slow parts of a first start: run them side by side.
infra/local/setup.sh settings
dotnet build functions/Automatisering.Functions -c Debug --nologo -v q > .build.log 2>&1 &
build_pid=$!
infra/local/setup.sh node

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

azurite_pid=""
cleanup() {
  if [ -n "$azurite_pid" ]; then
    echo "[run] stopping Azurite"
    kill "$azurite_pid" 2>/dev/null || true
    # Azurite closes its services on SIGTERM but may linger on open connections.
    for _ in $(seq 1 25); do kill -0 "$azurite_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$azurite_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if port_open 10000 && port_open 10001; then
  echo "[run] Azurite already listening on 10000/10001"
else
  echo "[run] starting Azurite (data in .azurite/)"
  mkdir -p .azurite
  node_modules/.bin/azurite --silent --location .azurite \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --skipApiVersionCheck &
  azurite_pid=$!
  for _ in $(seq 1 100); do port_open 10000 && port_open 10001 && break; sleep 0.2; done
  port_open 10000 || { echo "[run] Azurite did not start; is port 10000 taken?" >&2; exit 1; }
fi

if ! wait "$build_pid"; then
  cat .build.log >&2
  echo "[run] the build failed" >&2
  exit 1
fi

echo "[run] starting the app on http://localhost:7071"
# Run from the repository root so the app finds local.settings.json here; host.json and the function
# folders sit next to the built app, where the trigger runner reads them.
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
  dotnet functions/Automatisering.Functions/bin/Debug/net10.0/Automatisering.Functions.dll --urls http://localhost:7071 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true; wait $app_pid 2>/dev/null || true; cleanup' EXIT
wait $app_pid
