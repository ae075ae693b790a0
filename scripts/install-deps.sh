#!/bin/sh
# Installs the Debian packages newsgraph needs to build and test. Idempotent; uses sudo when
# not root. NG_SKIP_APT=1 skips it (for machines where the packages are already there).
set -eu
[ "${NG_SKIP_APT:-0}" = 1 ] && exit 0
PKGS="build-essential cmake pkg-config
  libraptor2-dev librasqal3-dev librdf0-dev libcsv-dev libserd-dev
  libdb-dev raptor2-utils rasqal-utils redland-utils librdf-storage-sqlite
  serdi python3-rdflib iso-codes time"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "install-deps: installing$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
