#!/usr/bin/env bash
# One entry point for humans and CI: sets the project up (idempotently), then runs a job.
#   bash scripts/dev.sh regenerate   set up, then run the main job (specfoundry regenerate)
#   bash scripts/dev.sh test         set up, then run the test suite
#   bash scripts/dev.sh setup        only set up
#   bash scripts/dev.sh lock         pin every Python package pyproject.toml resolves to (requirements.lock)
# Setup = a virtualenv in .venv with SpecFoundry and its dev tools (pyproject.toml), the Node tools
# from package-lock.json (Prism, Widdershins), and the generated packages installed for the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-python3}"
venv=".venv"

setup() {
  if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

install_generated() {
  # Installed from a copy: pip's in-tree build would leave build/ and *.egg-info in generated/.
  local scratch
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' RETURN
  local packages=()
  for package in generated/*/; do
    [ -f "$package/pyproject.toml" ] || continue
    cp -r "$package" "$scratch/"
    packages+=("$scratch/$(basename "$package")")
  done
  if [ "${#packages[@]}" -gt 0 ]; then
    # Reinstall the packages themselves (same version, new code) without reinstalling what they depend on,
    # then let pip add any dependency that is still missing.
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "${packages[@]}"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -c requirements.lock "${packages[@]}"
  fi
}

lock() {
  # The versions a fresh install of pyproject.toml resolves to today, frozen into requirements.lock.
  local scratch
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' RETURN
  "$python" -m venv "$scratch/venv"
  "$scratch/venv/bin/python" -m pip install --quiet --disable-pip-version-check '.[dev]'
  {
    echo "# Every Python package SpecFoundry and its dev tools install, pinned: \`bash scripts/dev.sh setup\` installs"
    echo "# with these constraints. Refresh after editing pyproject.toml: \`bash scripts/dev.sh lock\`."
    "$scratch/venv/bin/python" -m pip freeze --exclude specfoundry
  } > requirements.lock
  rm -rf build ./*.egg-info
}

case "${1:-}" in
  lock)
    lock
    ;;
  setup)
    setup
    ;;
  regenerate)
    shift
    setup
    "$venv/bin/specfoundry" regenerate "$@"
    ;;
  test)
    shift
    setup
    install_generated
    "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: bash scripts/dev.sh {setup|lock|regenerate|test} [args...]" >&2
    exit 2
    ;;
esac
