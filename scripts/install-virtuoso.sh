#!/bin/sh
# Installs Virtuoso open source from Debian without starting its system service and without
# prompts (used by tests/test_triplestores.py). Prints nothing on success; exit 1 when it
# cannot be installed here.
set -eu
command -v virtuoso-t >/dev/null 2>&1 && exit 0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
$SUDO chmod +x /usr/sbin/policy-rc.d
printf 'virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba\nvirtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba\n' |
  $SUDO debconf-set-selections
status=0
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq virtuoso-opensource >/dev/null 2>&1 || status=1
$SUDO rm -f /usr/sbin/policy-rc.d
exit $status
