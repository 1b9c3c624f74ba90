#!/usr/bin/env bash
# Sets up what is missing, starts Azurite (unless one is already listening), the local Functions host with the
# function app on http://localhost:7071 and the web interface on http://localhost:5080, with demo data.
# Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
# The .NET build and npm ci (Azurite) are the slow parts of a first start: run them side by side.
# LibreOffice with python3-uno: the function app makes every new document version's PDF ahead with it.
infra/local/setup.sh settings office
( dotnet build functions/Automatisering.Functions -c Debug --nologo -v q \
  && dotnet build functions/Automatisering.Web -c Debug --nologo -v q \
  && dotnet build infra/local/Automatisering.LocalHost -c Debug --nologo -v q ) > .build.log 2>&1 &
build_pid=$!
infra/local/setup.sh node

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pids=()
names=()
cleanup() {
  # In reverse order of start, each waited for: the host ends its worker first, and it still needs Azurite to
  # release its timer locks, so Azurite goes last.
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    pid=${pids[$i]}
    kill "$pid" 2>/dev/null || continue
    echo "[run] stopping ${names[$i]}"
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  # A worker outlives a host that had to be killed: end it too (it runs from this checkout's build output).
  pkill -f "$PWD/functions/Automatisering.Functions/bin/Debug/net10.0/Automatisering.Functions.dll" 2>/dev/null || true
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
  pids+=($!); names+=(Azurite)
  for _ in $(seq 1 100); do port_open 10000 && port_open 10001 && break; sleep 0.2; done
  port_open 10000 || { echo "[run] Azurite did not start; is port 10000 taken?" >&2; exit 1; }
fi

if ! wait "$build_pid"; then
  cat .build.log >&2
  echo "[run] the build failed" >&2
  exit 1
fi

# The local stand-in for Core Tools: starts the worker from its build output with the Values of
# local.settings.json, serves the HTTP functions and drives the queue and timer triggers.
echo "[run] starting the function app on http://localhost:7071 (local Functions host)"
dotnet infra/local/Automatisering.LocalHost/bin/Debug/net10.0/Automatisering.LocalHost.dll \
  --script-root functions/Automatisering.Functions/bin/Debug/net10.0 --settings local.settings.json --port 7071 &
pids+=($!); names+=("the function app")

# Run from the repository root so the web app finds local.settings.json here.
echo "[run] starting the web interface on http://localhost:5080"
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
  dotnet functions/Automatisering.Web/bin/Debug/net10.0/Automatisering.Web.dll --urls http://localhost:5080 &
pids+=($!); names+=("the web interface")

wait -n "${pids[@]}"
